import type { User } from '@yektayar/shared/types'
import type { Language } from '@yektayar/ui'

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

/** What to call the person: their first name in the reader's language, else what they chose. */
export function greetingName(user: User | undefined, language: Language): string | null {
  const profile = user?.profile ?? {}
  const first =
    language === 'en'
      ? (text(profile.firstNameEn) ?? text(profile.firstName))
      : text(profile.firstName)
  return first ?? text(profile.displayName)
}
