import type { Problem } from '@yektayar/shared/types'

export type FieldError = NonNullable<Problem['errors']>[number]

/**
 * An API failure carrying the problem+json fields. Screens branch on `code`, which is stable,
 * never on `title` or `detail`, which are prose and may change.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly type: string
  readonly title: string
  readonly status: number
  readonly code: string
  readonly detail: string | undefined
  readonly errors: FieldError[] | undefined

  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, options)
    this.type = problem.type
    this.title = problem.title
    this.status = problem.status
    this.code = problem.code
    this.detail = problem.detail
    this.errors = problem.errors
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
