import { and, desc, eq, gt, isNull, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { otpChallenges } from '../../db/schema/index.ts'

export interface ChallengeKey {
  identifier: string
  purpose: string
  userId?: string | null
}

const keyMatches = (key: ChallengeKey, withUser: boolean) =>
  and(
    eq(otpChallenges.identifier, key.identifier),
    eq(otpChallenges.purpose, key.purpose),
    withUser && key.userId ? eq(otpChallenges.userId, key.userId) : undefined,
  )

/** Serialises sends for one identifier (transaction-scoped advisory lock). */
export async function lockIdentifier(db: Db, identifier: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`otp:${identifier}`}, 0))`)
}

/** Codes sent to this identifier for this purpose since `since`: how many, and the newest. */
export async function recentSends(db: Db, key: ChallengeKey, since: Date) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${otpChallenges.createdAt})`,
      oldest: sql<string | null>`min(${otpChallenges.createdAt})`,
    })
    .from(otpChallenges)
    .where(and(keyMatches(key, false), gt(otpChallenges.createdAt, since)))
  return {
    count: row?.count ?? 0,
    latest: row?.latest ? new Date(row.latest) : null,
    oldest: row?.oldest ? new Date(row.oldest) : null,
  }
}

export async function insertChallenge(
  db: Db,
  values: typeof otpChallenges.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(otpChallenges).values(values).returning({ id: otpChallenges.id })
  if (!row) throw new Error('challenge insert returned no row')
  return row.id
}

export async function deleteChallenge(db: Db, id: string): Promise<void> {
  await db.delete(otpChallenges).where(eq(otpChallenges.id, id))
}

/** Rows past any use (expired a day ago); kept that long for the per-hour send limit. */
export async function deleteStaleChallenges(db: Db, identifier: string, before: Date) {
  await db
    .delete(otpChallenges)
    .where(and(eq(otpChallenges.identifier, identifier), lt(otpChallenges.expiresAt, before)))
}

/** Only the newest code for an identifier and purpose counts; older ones are dead. */
export async function findLatestChallenge(db: Db, key: ChallengeKey) {
  const [row] = await db
    .select()
    .from(otpChallenges)
    .where(keyMatches(key, true))
    .orderBy(desc(otpChallenges.createdAt))
    .limit(1)
  return row
}

/**
 * Counts one guess before the code is compared, atomically, so parallel guesses cannot exceed
 * the cap. Answers the new attempt count, or undefined when no guess is left.
 */
export async function spendAttempt(db: Db, id: string, maxAttempts: number) {
  const [row] = await db
    .update(otpChallenges)
    .set({ attempts: sql`${otpChallenges.attempts} + 1` })
    .where(
      and(
        eq(otpChallenges.id, id),
        lt(otpChallenges.attempts, maxAttempts),
        isNull(otpChallenges.consumedAt),
      ),
    )
    .returning({ attempts: otpChallenges.attempts })
  return row?.attempts
}

/** Single use: only the first of two concurrent sign-ins with one code gets `true`. */
export async function markConsumed(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(otpChallenges)
    .set({ consumedAt: sql`now()` })
    .where(and(eq(otpChallenges.id, id), isNull(otpChallenges.consumedAt)))
    .returning({ id: otpChallenges.id })
  return rows.length > 0
}
