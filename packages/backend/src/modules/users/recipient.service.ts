import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { users } from '../../db/schema/index.ts'
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

/**
 * A verified identifier of this type, the primary one first. Written out with an alias: Drizzle
 * leaves column names unqualified here, and an unqualified "id" would mean the identifier's.
 */
const verified = (type: 'phone' | 'email') => sql<string | null>`(
  SELECT i.value FROM user_identifiers i
  WHERE i.user_id = users.id AND i.type = ${type} AND i.is_verified
  ORDER BY i.is_primary DESC, i.created_at LIMIT 1)`

/** The person, or undefined when the account no longer exists. One query: it runs per notice. */
export async function findRecipient(db: Db, userId: string): Promise<Recipient | undefined> {
  const [user] = await db
    .select({
      id: users.id,
      type: users.type,
      isActive: users.isActive,
      preferences: users.preferences,
      phone: verified('phone'),
      email: verified('email'),
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1)
  if (!user) return undefined
  const prefs = user.preferences ?? {}
  return {
    id: user.id,
    type: user.type,
    isActive: user.isActive ?? false,
    locale: prefs.language === 'en' ? 'en' : 'fa',
    timeZone:
      typeof prefs.timeZone === 'string' && prefs.timeZone ? prefs.timeZone : DEFAULT_TIME_ZONE,
    discreetMode: prefs.discreetMode === true,
    phone: user.phone,
    email: user.email,
  }
}

/**
 * Discreet mode stays in users.preferences (profile names and notification texts read the same
 * switch), whichever screen changes it.
 */
export async function setDiscreetMode(db: Db, userId: string, discreetMode: boolean) {
  await patchUserJson(db, userId, { preferences: { discreetMode } })
}
