import type { Bilingual } from '@yektayar/shared/types'

/** An instrument's text in the reader's language (Persian when English is missing). */
export const inLanguage = (text: Bilingual, language: 'fa' | 'en'): string =>
  text[language] || text.fa
