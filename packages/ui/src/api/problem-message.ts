import type { i18n as I18n } from 'i18next'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from './api-error.ts'

// Shared Zod schemas put a stable code in an issue's message (e.g. IDENTIFIER_INVALID).
const CODE_SHAPE = /^[A-Z][A-Z0-9_]*$/

/**
 * The sentence to show for a failure, in the reader's language. A field's own code says more
 * than VALIDATION_FAILED, so it wins; then the problem's code; then the server's `detail`,
 * which it wrote in the language we asked for; then a generic sentence.
 */
export function problemMessage(error: unknown, i18n: I18n): string {
  const t = i18n.getFixedT(null, 'ui')
  const fallback = t('errors.UNKNOWN')
  if (!isApiError(error)) return fallback
  const known = (code: string) =>
    CODE_SHAPE.test(code) && i18n.exists(`errors.${code}`, { ns: 'ui' })
  const fieldCode = error.errors?.map(({ message }) => message).find(known)
  if (fieldCode) return t(`errors.${fieldCode}`)
  if (known(error.code)) return t(`errors.${error.code}`)
  return error.detail ?? fallback
}

export function useProblemMessage(): (error: unknown) => string {
  // Subscribing through useTranslation re-renders callers when the language changes.
  const { i18n } = useTranslation('ui')
  const language = i18n.resolvedLanguage
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new language must yield a new function.
  return useCallback((error: unknown) => problemMessage(error, i18n), [i18n, language])
}
