import type { Language } from '@yektayar/ui'

/** A course's or lesson's text in the reader's language: the Persian one when there is no English. */
export function inLanguage(fa: string, en: string | null, language: Language): string {
  return language === 'en' && en ? en : fa
}
