import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { psychologistProfiles, sessionTypes, users } from '../../db/schema/index.ts'

export type ProfileRow = typeof psychologistProfiles.$inferSelect
export type SessionTypeRow = typeof sessionTypes.$inferSelect
export type ProfileInsert = Omit<typeof psychologistProfiles.$inferInsert, 'userId'>

export interface ProfileWithUser {
  profile: ProfileRow | null
  userProfile: unknown
  userType: string
  isActive: boolean
}

/** A psychologist user with their profile row, if they have one yet. */
export async function findProfileWithUser(
  db: Db,
  userId: string,
): Promise<ProfileWithUser | undefined> {
  const [row] = await db
    .select({
      profile: psychologistProfiles,
      userProfile: users.profile,
      userType: users.type,
      isActive: users.isActive,
    })
    .from(users)
    .leftJoin(psychologistProfiles, eq(psychologistProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1)
  if (!row) return undefined
  return { ...row, isActive: row.isActive ?? false }
}

export async function upsertProfile(
  db: Db,
  userId: string,
  values: ProfileInsert,
): Promise<ProfileRow> {
  const [row] = await db
    .insert(psychologistProfiles)
    .values({ ...values, userId })
    .onConflictDoUpdate({
      target: psychologistProfiles.userId,
      set: { ...values, updatedAt: sql`now()` },
    })
    .returning()
  if (!row) throw new Error('profile upsert returned no row')
  return row
}

export function listSessionTypes(
  db: Db,
  psychologistId: string,
  options: { activeOnly: boolean },
): Promise<SessionTypeRow[]> {
  return db
    .select()
    .from(sessionTypes)
    .where(
      and(
        eq(sessionTypes.psychologistId, psychologistId),
        options.activeOnly ? eq(sessionTypes.isActive, true) : undefined,
      ),
    )
    .orderBy(asc(sessionTypes.sortOrder), asc(sessionTypes.createdAt))
}

export interface SessionTypeWrite {
  id?: string
  nameFa: string
  nameEn: string
  durationMinutes: number
  mode: string
  priceIrr: number
  isActive: boolean
}

/**
 * Updates the listed types in place and adds new ones; types left out are deactivated, not
 * deleted, because booked appointments still name them.
 */
export async function replaceSessionTypes(
  tx: Db,
  psychologistId: string,
  items: SessionTypeWrite[],
): Promise<void> {
  const kept: string[] = []
  for (const [sortOrder, item] of items.entries()) {
    const values = { ...item, sortOrder, psychologistId }
    if (item.id) {
      await tx
        .update(sessionTypes)
        .set({ ...values, id: item.id, updatedAt: sql`now()` })
        .where(and(eq(sessionTypes.id, item.id), eq(sessionTypes.psychologistId, psychologistId)))
      kept.push(item.id)
    } else {
      const [row] = await tx
        .insert(sessionTypes)
        .values({ ...values, id: undefined })
        .returning({ id: sessionTypes.id })
      if (row) kept.push(row.id)
    }
  }
  await tx
    .update(sessionTypes)
    .set({ isActive: false, updatedAt: sql`now()` })
    .where(
      and(
        eq(sessionTypes.psychologistId, psychologistId),
        kept.length ? notInArray(sessionTypes.id, kept) : undefined,
      ),
    )
}

/** Which of these ids are session types of this psychologist. */
export async function ownedSessionTypeIds(
  db: Db,
  psychologistId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .select({ id: sessionTypes.id })
    .from(sessionTypes)
    .where(and(eq(sessionTypes.psychologistId, psychologistId), inArray(sessionTypes.id, ids)))
  return new Set(rows.map((row) => row.id))
}
