import type { i18n as I18n } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, isApiError } from '../api/api-error.ts'
import { problemMessage } from '../api/problem-message.ts'

/** A form field's error as react-hook-form keeps it (`formState.errors.x`). */
export interface FormFieldError {
  type?: string | number
  message?: string
}

/** react-hook-form's setError, or anything that takes a field and an error the same way. */
export type SetFieldError<Field extends string> = (
  field: Field,
  error: { type: 'server'; message: string },
) => void

/**
 * Puts a problem's field errors on the form's fields. `fields` maps the server's paths
 * (`body.profile.firstName`, as problem+json `errors[].path` names them) to the form's own
 * field names; paths the form does not show are left to its general error line.
 * Returns whether at least one error found its field.
 */
export function applyServerFieldErrors<Field extends string>(
  error: unknown,
  fields: Readonly<Record<string, Field>>,
  setError: SetFieldError<Field>,
  i18n: I18n,
): boolean {
  if (!isApiError(error) || !error.errors) return false
  let placed = false
  for (const fieldError of error.errors) {
    const field = fields[fieldError.path]
    if (!field) continue
    // Each field says its own problem: the code in its message if it has one, else the
    // problem's, in the reader's language.
    const single = new ApiError({ ...error, errors: [fieldError] })
    setError(field, { type: 'server', message: problemMessage(single, i18n) })
    placed = true
  }
  return placed
}

/**
 * The text to show under a field. Server errors arrive as sentences (applyServerFieldErrors);
 * the form's own schema checks carry message keys, translated here.
 */
export function fieldErrorText(
  error: FormFieldError | undefined,
  t: (key: string) => string,
): string | null {
  if (!error?.message) return null
  return error.type === 'server' ? error.message : t(error.message)
}

/** applyServerFieldErrors bound to the app's i18n instance. */
export function useServerFieldErrors() {
  const { i18n } = useTranslation('ui')
  return useCallback(
    <Field extends string>(
      error: unknown,
      fields: Readonly<Record<string, Field>>,
      setError: SetFieldError<Field>,
    ) => applyServerFieldErrors(error, fields, setError, i18n),
    [i18n],
  )
}
