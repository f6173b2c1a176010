/** A person's name in both languages from the users.profile JSON, as both front ends show it. */
export interface PersonName {
  fa: string
  en: string
}

export function personNameOf(profile: unknown): PersonName {
  const p = (profile ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const fa = [text(p.firstName), text(p.lastName)].filter(Boolean).join(' ')
  const en = [text(p.firstNameEn) || text(p.firstName), text(p.lastNameEn) || text(p.lastName)]
    .filter(Boolean)
    .join(' ')
  return { fa, en }
}

/**
 * The nickname a patient in discreet mode asked staff to see, or null when their real name
 * shows: discreet mode without a nickname would leave staff with no name at all.
 */
export function discreetNameOf(profile: unknown, preferences: unknown): string | null {
  const p = (profile ?? {}) as Record<string, unknown>
  const prefs = (preferences ?? {}) as Record<string, unknown>
  const nickname = typeof p.displayName === 'string' ? p.displayName.trim() : ''
  return prefs.discreetMode === true && nickname !== '' ? nickname : null
}

/** The public avatar address kept in users.profile, if any. */
export function avatarUrlOf(profile: unknown): string | null {
  const p = (profile ?? {}) as Record<string, unknown>
  return typeof p.avatarUrl === 'string' && p.avatarUrl !== '' ? p.avatarUrl : null
}

/**
 * A patient in discreet mode never shows a face to others, nickname or not: the address stays on
 * the server (the SQL twin is avatarUrlOf in users/display-name-sql.ts).
 */
export function isDiscreet(preferences: unknown): boolean {
  return ((preferences ?? {}) as Record<string, unknown>).discreetMode === true
}
