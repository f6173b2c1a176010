import type { Language } from '@yektayar/ui'

/** The languages people filter by and psychologists pick first; any ISO 639-1 code is valid. */
export const LANGUAGE_KEYS = ['fa', 'en', 'ar', 'az', 'ku', 'tr', 'de'] as const

/**
 * The names of the languages the filter offers, written out as Intl.DisplayNames gives them:
 * it loads its data on first use, which cost a phone ~60 ms of the directory's first render.
 */
const KNOWN_LANGUAGE_NAMES: Record<Language, Record<string, string>> = {
  fa: {
    fa: 'فارسی',
    en: 'انگلیسی',
    ar: 'عربی',
    az: 'ترکی آذربایجانی',
    ku: 'کردی',
    tr: 'ترکی استانبولی',
    de: 'آلمانی',
  },
  en: {
    fa: 'Persian',
    en: 'English',
    ar: 'Arabic',
    az: 'Azerbaijani',
    ku: 'Kurdish',
    tr: 'Turkish',
    de: 'German',
  },
}
const displayNames = new Map<Language, Intl.DisplayNames>()

/** "fa" → "فارسی" / "Persian"; any other code is named by the browser, which knows them all. */
export function languageName(code: string, language: Language): string {
  const known = KNOWN_LANGUAGE_NAMES[language][code]
  if (known) return known
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' })
    displayNames.set(language, names)
  }
  return names.of(code) ?? code
}

const listFormats = new Map<Language, Intl.ListFormat>()

/** "a، b و c" / "a, b, and c": a list in the reader's language. */
export function joinList(items: string[], language: Language): string {
  // Built once per language: a card joins two lists, and a page shows a dozen cards.
  let format = listFormats.get(language)
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' })
    listFormats.set(language, format)
  }
  return format.format(items)
}
