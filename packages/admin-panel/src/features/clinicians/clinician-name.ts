import type { Language } from '@yektayar/ui'

/** A psychologist's name in the reader's language, the other one when it is missing. */
export function nameOf(name: { fa: string; en: string }, language: Language): string {
  return (language === 'fa' ? name.fa || name.en : name.en || name.fa).trim()
}
