import { and, eq, isNull, lt, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { userMfa, userRecoveryCodes } from '../../db/schema/index.ts'

export async function findMfa(db: Db, userId: string) {
  const [row] = await db.select().from(userMfa).where(eq(userMfa.userId, userId))
  return row
}

/** A new, not yet enabled secret (replacing any earlier unfinished enrolment). */
export async function storePendingSecret(db: Db, userId: string, sealed: string): Promise<void> {
  await db
    .insert(userMfa)
    .values({ userId, totpSecretEncrypted: sealed })
    .onConflictDoUpdate({
      target: userMfa.userId,
      set: {
        totpSecretEncrypted: sealed,
        totpEnabledAt: null,
        totpLastCounter: null,
        updatedAt: sql`now()`,
      },
    })
}

export async function markEnabled(db: Db, userId: string, counter: number): Promise<void> {
  await db
    .update(userMfa)
    .set({ totpEnabledAt: sql`now()`, totpLastCounter: counter, updatedAt: sql`now()` })
    .where(eq(userMfa.userId, userId))
}

/**
 * Records the time step of an accepted code, only if it is newer than the last one, so two
 * requests carrying the same code cannot both pass.
 */
export async function advanceCounter(db: Db, userId: string, counter: number): Promise<boolean> {
  const rows = await db
    .update(userMfa)
    .set({ totpLastCounter: counter })
    .where(
      and(
        eq(userMfa.userId, userId),
        or(isNull(userMfa.totpLastCounter), lt(userMfa.totpLastCounter, counter)),
      ),
    )
    .returning({ userId: userMfa.userId })
  return rows.length > 0
}

export async function clearTotp(db: Db, userId: string): Promise<void> {
  await db
    .update(userMfa)
    .set({
      totpSecretEncrypted: null,
      totpEnabledAt: null,
      totpLastCounter: null,
      updatedAt: sql`now()`,
    })
    .where(eq(userMfa.userId, userId))
  await db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId))
}

export async function setRequired(db: Db, userId: string, required: boolean): Promise<void> {
  await db
    .insert(userMfa)
    .values({ userId, totpRequired: required })
    .onConflictDoUpdate({
      target: userMfa.userId,
      set: { totpRequired: required, updatedAt: sql`now()` },
    })
}

export async function replaceRecoveryCodes(db: Db, userId: string, hashes: string[]) {
  await db.transaction(async (tx) => {
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId))
    await tx.insert(userRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })))
  })
}

export function unusedRecoveryCodes(db: Db, userId: string) {
  return db
    .select({ id: userRecoveryCodes.id, codeHash: userRecoveryCodes.codeHash })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)))
}

/** Single use, also under concurrency. */
export async function useRecoveryCode(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(userRecoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(userRecoveryCodes.id, id), isNull(userRecoveryCodes.usedAt)))
    .returning({ id: userRecoveryCodes.id })
  return rows.length > 0
}
