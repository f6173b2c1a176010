import type { Language } from '@yektayar/ui'

/** A person's name in the reader's language; the Persian one when no English one was given. */
export function nameIn(name: { fa: string; en: string }, language: Language): string {
  return (language === 'en' ? name.en : name.fa) || name.fa || name.en
}

const languageNames = new Map<Language, Intl.DisplayNames>()

/** "fa" → "فارسی" / "Persian": the browser knows every language's name in both. */
export function languageName(code: string, language: Language): string {
  let names = languageNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' })
    languageNames.set(language, names)
  }
  return names.of(code) ?? code
}

/** "a، b و c" / "a, b, and c": a list in the reader's language. */
export function joinList(items: string[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items)
}
