import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './language.ts'

/** The language on screen now; re-renders the caller when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation('ui')
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE
}
