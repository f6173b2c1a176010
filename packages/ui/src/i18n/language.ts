export const LANGUAGES = ['fa', 'en'] as const

export type Language = (typeof LANGUAGES)[number]

/** Persian first: a visitor who has never chosen gets fa, whatever the browser says. */
export const DEFAULT_LANGUAGE: Language = 'fa'

export const LANGUAGE_STORAGE_KEY = 'yektayar.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'fa' ? 'rtl' : 'ltr'
}

// Storage can throw (Safari private mode, blocked cookies); the language choice is a nicety,
// so failing to read or write it must never break the page.
export function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    return null
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembered this time; the page still switches.
  }
}

/** `<html lang dir>` drives screen readers, fonts, and every logical (ms-*, pe-*) utility. */
export function applyDocumentLanguage(language: Language): void {
  const root = globalThis.document?.documentElement
  if (!root) return
  root.lang = language
  root.dir = directionOf(language)
}
