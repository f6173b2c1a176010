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
import { uiMessagesFa } from './ui-messages-fa.ts'

/** Strings an app adds under its own `app` namespace, one tree per language. */
export type AppMessages = Record<Language, Record<string, unknown>>

/** Fetches one language's `app` tree (a chunk of its own) for `initI18nLazily`. */
export type AppMessageLoader = (language: Language) => Promise<Record<string, unknown>>

/** The shared components' strings of one language. */
export type UiMessages = Record<string, unknown>

/**
 * English strings of the shared components (error texts, sign-in, the shell…), a chunk of their
 * own: most people read Persian, and their first screen need not carry both languages.
 */
const loadUiMessagesEn = async (): Promise<UiMessages> =>
  (await import('./ui-messages-en.ts')).uiMessagesEn

// One instance for the whole page: apiFetch reads the language from it, and react-i18next is
// bound to it, so components and requests can never disagree about the language.
export const i18n: I18n = i18next.createInstance()

/**
 * Both languages bundled, the shared components' English strings given by the caller (so only
 * this path imports them eagerly): the admin panel and tests, where every string may be needed
 * at once. See init-i18n-both.ts.
 */
export function initI18nWith(appMessages: AppMessages, uiMessagesEn: UiMessages): I18n {
  if (i18n.isInitialized) {
    for (const language of LANGUAGES) {
      i18n.addResourceBundle(language, 'app', appMessages[language], true, true)
    }
    return i18n
  }
  return start(readStoredLanguage() ?? DEFAULT_LANGUAGE, appMessages, {
    fa: uiMessagesFa,
    en: uiMessagesEn,
  })
}

/**
 * Only the person's language before the first render; the other one is fetched when they
 * switch, since i18next asks its backend for a bundle it lacks before changing language.
 */
export async function initI18nLazily(load: AppMessageLoader): Promise<I18n> {
  const language = readStoredLanguage() ?? DEFAULT_LANGUAGE
  const [first, uiEn] = await Promise.all([
    load(language),
    language === 'en' ? loadUiMessagesEn() : undefined,
  ])
  i18n.use(
    resourcesToBackend((lng: string, ns: string) => {
      if (!isLanguage(lng)) return Promise.resolve({})
      if (ns === 'app') return load(lng)
      return ns === 'ui' && lng === 'en' ? loadUiMessagesEn() : Promise.resolve({})
    }),
  )
  return start(language, { [language]: first }, { fa: uiMessagesFa, en: uiEn })
}

function start(
  language: Language,
  appMessages: Partial<AppMessages>,
  uiMessages: Partial<Record<Language, UiMessages>>,
): I18n {
  i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    ns: ['app', 'ui'],
    defaultNS: 'app',
    fallbackNS: 'ui',
    // Only the bundles in hand: a language without any is fetched whole when first chosen.
    resources: Object.fromEntries(
      LANGUAGES.flatMap((lng): [Language, Record<string, UiMessages>][] => {
        const [app, ui] = [appMessages[lng], uiMessages[lng]]
        if (!app && !ui) return []
        return [[lng, { ...(ui ? { ui } : {}), ...(app ? { app } : {}) }]]
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
