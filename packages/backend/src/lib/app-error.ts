import { ERROR_STATUS } from '@yektayar/shared'
import { BASE_ERROR_MESSAGES } from './base-error-messages.ts'

export type Locale = 'fa' | 'en'

export interface ErrorCodeDefinition {
  status: number
  fa: string
  en: string
}

/**
 * Every error code the API can answer, with its one status and its text in both languages.
 * Features register theirs at module load: `registerErrorCodes({ SLOT_TAKEN: { … } })`.
 */
const definitions = new Map<string, ErrorCodeDefinition>(
  Object.entries(ERROR_STATUS).map(([code, status]) => [
    code,
    { status, ...BASE_ERROR_MESSAGES[code as keyof typeof ERROR_STATUS] },
  ]),
)

export function registerErrorCodes(codes: Record<string, ErrorCodeDefinition>): void {
  for (const [code, definition] of Object.entries(codes)) {
    const known = definitions.get(code)
    if (known && known.status !== definition.status) {
      throw new Error(`Error code ${code} is already registered with status ${known.status}`)
    }
    definitions.set(code, definition)
  }
}

export function statusOfCode(code: string): number {
  return definitions.get(code)?.status ?? 500
}

export function messageOfCode(code: string, locale: Locale): string | undefined {
  return definitions.get(code)?.[locale]
}

export interface FieldError {
  path: string
  message: string
}

export interface AppErrorOptions {
  errors?: FieldError[]
  headers?: Record<string, string>
}

/**
 * The one error services throw; the error handler turns it into problem+json. `detail` is for
 * logs and developers; people read the registered text of `code` in their language.
 */
export class AppError extends Error {
  override name = 'AppError'
  readonly status: number

  constructor(
    readonly code: string,
    detail?: string,
    readonly options: AppErrorOptions = {},
  ) {
    super(detail ?? code)
    this.status = statusOfCode(code)
  }
}
