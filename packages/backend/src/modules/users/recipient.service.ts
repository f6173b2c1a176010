import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { userIdentifiers, users } from '../../db/schema/index.ts'
import type { Locale } from '../../lib/app-error.ts'
import { patchUserJson } from './users.repository.ts'

/** Where quiet hours are read when a person never chose a zone (DESIGN §10: Iran first). */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran'

/** What the notifications module needs to know about the person it tells something. */
export interface Recipient {
  id: string
  type: string
  isActive: boolean
  locale: Locale
  timeZone: string
  discreetMode: boolean
  /** Verified identifiers only (the primary one first); an unverified one is nobody's reach. */
  phone: string | null
  email: string | null
}

/** The person, or undefined when the account no longer exists. */
export async function findRecipient(db: Db, userId: string): Promise<Recipient | undefined> {
  const [user] = await db
    .select({
      id: users.id,
      type: users.type,
      isActive: users.isActive,
      preferences: users.preferences,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1)
  if (!user) return undefined
  const identifiers = await db
    .select({
      type: userIdentifiers.type,
      value: userIdentifiers.value,
      isPrimary: userIdentifiers.isPrimary,
    })
    .from(userIdentifiers)
    .where(and(eq(userIdentifiers.userId, userId), eq(userIdentifiers.isVerified, true)))
  const reachOf = (type: 'phone' | 'email') =>
    identifiers
      .filter((identifier) => identifier.type === type)
      .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))[0]?.value ?? null
  const prefs = user.preferences ?? {}
  return {
    id: user.id,
    type: user.type,
    isActive: user.isActive ?? false,
    locale: prefs.language === 'en' ? 'en' : 'fa',
    timeZone:
      typeof prefs.timeZone === 'string' && prefs.timeZone ? prefs.timeZone : DEFAULT_TIME_ZONE,
    discreetMode: prefs.discreetMode === true,
    phone: reachOf('phone'),
    email: reachOf('email'),
  }
}

/**
 * Discreet mode stays in users.preferences (profile names and notification texts read the same
 * switch), whichever screen changes it.
 */
export async function setDiscreetMode(db: Db, userId: string, discreetMode: boolean) {
  await patchUserJson(db, userId, { preferences: { discreetMode } })
}
