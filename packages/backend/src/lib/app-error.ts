import { ERROR_STATUS, type ErrorCode, type Problem } from '@yektayar/shared'
import { ERROR_MESSAGES } from './error-messages/error-messages.ts'

export type Locale = 'fa' | 'en'

/** The one HTTP status of a code (docs/API.md, errors). */
export function statusOfCode(code: ErrorCode): number {
  return ERROR_STATUS[code]
}

export function messageOfCode(code: ErrorCode, locale: Locale): string {
  return ERROR_MESSAGES[code][locale]
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value)
}

export interface FieldError {
  path: string
  message: string
}

export interface AppErrorOptions {
  errors?: FieldError[]
  headers?: Record<string, string>
  /** Extension members of the problem (RFC 9457 §3.2) a client reads, e.g. `resetsAt`. */
  extra?: Pick<Problem, 'resetsAt'>
}

/**
 * The one error services throw; the error handler turns it into problem+json. `detail` is for
 * logs and developers; people read the text of `code` in their language.
 */
export class AppError extends Error {
  override name = 'AppError'
  readonly status: number

  constructor(
    readonly code: ErrorCode,
    detail?: string,
    readonly options: AppErrorOptions = {},
  ) {
    super(detail ?? code)
    this.status = statusOfCode(code)
  }
}
