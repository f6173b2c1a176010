import i18next, { type i18n as I18n } from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
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

/** Fetches one language's `app` tree (a chunk of its own) for `initI18nLazily`. */
export type AppMessageLoader = (language: Language) => Promise<Record<string, unknown>>

const UI_MESSAGES: Record<Language, Record<string, unknown>> = {
  fa: uiMessagesFa,
  en: uiMessagesEn,
}

// One instance for the whole page: apiFetch reads the language from it, and react-i18next is
// bound to it, so components and requests can never disagree about the language.
export const i18n: I18n = i18next.createInstance()

/** Both languages bundled: the admin panel and tests, where every string may be needed at once. */
export function initI18n(appMessages: AppMessages): I18n {
  if (i18n.isInitialized) {
    for (const language of LANGUAGES) {
      i18n.addResourceBundle(language, 'app', appMessages[language], true, true)
    }
    return i18n
  }
  return start(readStoredLanguage() ?? DEFAULT_LANGUAGE, appMessages)
}

/**
 * Only the person's language before the first render; the other one is fetched when they
 * switch, since i18next asks its backend for a bundle it lacks before changing language.
 */
export async function initI18nLazily(load: AppMessageLoader): Promise<I18n> {
  const language = readStoredLanguage() ?? DEFAULT_LANGUAGE
  const first = await load(language)
  i18n.use(
    resourcesToBackend((lng: string, ns: string) =>
      ns === 'app' && isLanguage(lng) ? load(lng) : Promise.resolve({}),
    ),
  )
  return start(language, { [language]: first })
}

function start(language: Language, appMessages: Partial<AppMessages>): I18n {
  i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: ['app', 'ui'],
    defaultNS: 'app',
    fallbackNS: 'ui',
    resources: Object.fromEntries(
      LANGUAGES.map((lng): [Language, Record<string, Record<string, unknown>>] => {
        const app = appMessages[lng]
        return [lng, app ? { ui: UI_MESSAGES[lng], app } : { ui: UI_MESSAGES[lng] }]
      }),
    ),
    // A bundle not given here comes from the backend (initI18nLazily) when first needed.
    partialBundledLanguages: true,
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    // The first language's strings are given, so init can finish before the first render.
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
