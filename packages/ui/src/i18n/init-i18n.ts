import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import {
  applyDocumentLanguage,
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Language,
  readStoredLanguage,
  storeLanguage,
} from './language.ts'
import { uiMessagesEn } from './ui-messages-en.ts'
import { uiMessagesFa } from './ui-messages-fa.ts'

/** Strings an app adds under its own `app` namespace, one tree per language. */
export type AppMessages = Record<Language, Record<string, unknown>>

// One instance for the whole page: apiFetch reads the language from it, and react-i18next is
// bound to it, so components and requests can never disagree about the language.
export const i18n: I18n = i18next.createInstance()

export function initI18n(appMessages: AppMessages): I18n {
  if (i18n.isInitialized) {
    for (const language of LANGUAGES) {
      i18n.addResourceBundle(language, 'app', appMessages[language], true, true)
    }
    return i18n
  }
  const language = readStoredLanguage() ?? DEFAULT_LANGUAGE
  i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: ['app', 'ui'],
    defaultNS: 'app',
    fallbackNS: 'ui',
    resources: {
      fa: { ui: uiMessagesFa, app: appMessages.fa },
      en: { ui: uiMessagesEn, app: appMessages.en },
    },
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    // Every string ships in the bundle, so init can finish before the first render.
    initAsync: false,
    react: { useSuspense: false },
    // Keeps the browser console (and test output) for our own messages.
    showSupportNotice: false,
  })
  applyDocumentLanguage(language)
  i18n.on('languageChanged', (next) => {
    if (!isLanguage(next)) return
    storeLanguage(next)
    applyDocumentLanguage(next)
  })
  return i18n
}

/** The language requests should ask the API for; fa until i18n is initialised. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language
  return isLanguage(language) ? language : DEFAULT_LANGUAGE
}
