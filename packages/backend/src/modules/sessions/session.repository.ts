import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { sessions, userMfa, users } from '../../db/schema/index.ts'

export interface SessionRow {
  id: string
  userId: string
  userType: string
  userActive: boolean
  createdAt: Date
  expiresAt: Date
  lastActivityAt: Date
  metadata: Record<string, unknown>
  totpRequired: boolean
  totpEnabled: boolean
}

export async function insertSession(
  db: Db,
  values: { tokenHash: string; userId: string; expiresAt: Date; metadata: Record<string, unknown> },
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await db
    .insert(sessions)
    .values({
      token: values.tokenHash,
      userId: values.userId,
      isLoggedIn: true,
      expiresAt: values.expiresAt,
      metadata: values.metadata,
    })
    .returning({ id: sessions.id, createdAt: sessions.createdAt })
  if (!row?.createdAt) throw new Error('session insert returned no row')
  return { id: row.id, createdAt: row.createdAt }
}

/**
 * A live (logged-in, not revoked) session with its user's type and state, by its token's hash
 * (a request's session) or by its id (a signed file link names the session it was made in).
 */
export async function findLiveSession(
  db: Db,
  key: { tokenHash: string } | { id: string },
): Promise<SessionRow | undefined> {
  const match = 'id' in key ? eq(sessions.id, key.id) : eq(sessions.token, key.tokenHash)
  const [row] = await db
    .select({
      id: sessions.id,
      userId: users.id,
      userType: users.type,
      userActive: users.isActive,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      lastActivityAt: sessions.lastActivityAt,
      metadata: sessions.metadata,
      totpRequired: userMfa.totpRequired,
      totpEnabledAt: userMfa.totpEnabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userMfa, eq(userMfa.userId, sessions.userId))
    .where(and(match, eq(sessions.isLoggedIn, true), isNull(sessions.revokedAt)))
    .limit(1)
  if (!row) return undefined
  const { totpEnabledAt, ...rest } = row
  return {
    ...rest,
    totpRequired: row.totpRequired ?? false,
    totpEnabled: totpEnabledAt !== null,
    userActive: row.userActive ?? false,
    createdAt: row.createdAt ?? new Date(0),
    lastActivityAt: row.lastActivityAt ?? row.createdAt ?? new Date(0),
    metadata: row.metadata ?? {},
  }
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastActivityAt: at }).where(eq(sessions.id, id))
}

export async function listLiveSessions(db: Db, userId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastActivityAt: sessions.lastActivityAt,
      expiresAt: sessions.expiresAt,
      metadata: sessions.metadata,
    })
    .from(sessions)
    .where(
      and(eq(sessions.userId, userId), eq(sessions.isLoggedIn, true), isNull(sessions.revokedAt)),
    )
    .orderBy(desc(sessions.lastActivityAt))
}

/** Revokes matching live sessions of one user; answers the revoked ids. */
export async function revokeSessions(
  db: Db,
  userId: string,
  scope: { only?: string; except?: string },
): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ isLoggedIn: false, revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        scope.only ? eq(sessions.id, scope.only) : undefined,
        scope.except ? ne(sessions.id, scope.except) : undefined,
      ),
    )
    .returning({ id: sessions.id })
  return rows.map((row) => row.id)
}
