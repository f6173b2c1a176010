import type { Identifier, UserType } from '@yektayar/shared'
import { type AnyColumn, and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { userIdentifiers, userMfa, users } from '../../db/schema/index.ts'
import { newestFirst } from '../../lib/keyset.ts'

export interface AccountRow {
  id: string
  type: UserType
  isActive: boolean
  passwordHash: string | null
}

/** What sign-in needs to know of an account, whichever way it is found. */
const ACCOUNT_COLUMNS = {
  id: users.id,
  type: users.type,
  isActive: users.isActive,
  passwordHash: users.passwordHash,
}

/** The account an identifier (in stored form) belongs to, for signing in. */
export async function findAccountByIdentifier(
  db: Db,
  identifier: Identifier,
): Promise<AccountRow | undefined> {
  const [row] = await db
    .select(ACCOUNT_COLUMNS)
    .from(userIdentifiers)
    .innerJoin(users, eq(users.id, userIdentifiers.userId))
    .where(
      and(eq(userIdentifiers.type, identifier.type), eq(userIdentifiers.value, identifier.value)),
    )
    .limit(1)
  return row && { ...row, type: row.type as UserType, isActive: row.isActive ?? false }
}

export async function findAccountById(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await db.select(ACCOUNT_COLUMNS).from(users).where(eq(users.id, id)).limit(1)
  return row && { ...row, type: row.type as UserType, isActive: row.isActive ?? false }
}

export async function insertUser(
  db: Db,
  values: { type: UserType; profile: Record<string, unknown>; passwordHash?: string },
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ ...values, preferences: { language: 'fa' } })
    .returning({ id: users.id })
  if (!row) throw new Error('user insert returned no row')
  return row.id
}

export async function insertIdentifier(
  db: Db,
  values: { userId: string; identifier: Identifier; isPrimary: boolean },
) {
  const [row] = await db
    .insert(userIdentifiers)
    .values({
      userId: values.userId,
      type: values.identifier.type,
      value: values.identifier.value,
      isVerified: true,
      isPrimary: values.isPrimary,
    })
    .onConflictDoNothing()
    .returning()
  return row
}

/** An identifier as a user's row carries it (the users API's shape, read with the row). */
interface IdentifierJson {
  id: string
  type: string
  value: string
  isVerified: boolean
  isPrimary: boolean
}

/**
 * A user's identifiers, oldest first, read with the user's row: a page of people is one query,
 * not a second one for their identifiers (each a round trip the admin's search paid for).
 */
const identifiersOfUser = sql<IdentifierJson[]>`(
  SELECT coalesce(json_agg(json_build_object(
    'id', i.id, 'type', i.type, 'value', i.value,
    'isVerified', coalesce(i.is_verified, false), 'isPrimary', coalesce(i.is_primary, false)
  ) ORDER BY i.created_at, i.id), '[]'::json)
  FROM user_identifiers i WHERE i.user_id = ${users.id})`

/** A user's row as the users API shows it (user-view.ts), read in one query. */
export const userColumns = {
  id: users.id,
  type: users.type,
  isActive: users.isActive,
  profile: users.profile,
  preferences: users.preferences,
  hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
  totpEnabled: sql<boolean>`${userMfa.totpEnabledAt} IS NOT NULL`,
  totpRequired: sql<boolean>`coalesce(${userMfa.totpRequired}, false)`,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
  identifiers: identifiersOfUser,
}

export type UserRow = Awaited<ReturnType<typeof findUserRows>>[number]

export function findUserRows(db: Db, where: SQL | undefined, limit = 1) {
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(userMfa, eq(userMfa.userId, users.id))
    .where(where)
    .orderBy(...newestFirst(users.createdAt, users.id))
    .limit(limit)
}

export function findUserRowsByIds(db: Db, ids: string[]) {
  return findUserRows(db, inArray(users.id, ids), ids.length)
}

export function findIdentifiersOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(userIdentifiers)
    .where(inArray(userIdentifiers.userId, userIds))
    .orderBy(asc(userIdentifiers.createdAt))
}

/** Merges the patch into the JSONB columns; keys set to null are removed. */
export async function patchUserJson(
  db: Db,
  id: string,
  patch: { profile?: Record<string, unknown>; preferences?: Record<string, unknown> },
): Promise<void> {
  const merge = (column: AnyColumn, value: Record<string, unknown>) =>
    sql`jsonb_strip_nulls(coalesce(${column}, '{}'::jsonb) || ${JSON.stringify(value)}::jsonb)`
  await db
    .update(users)
    .set({
      ...(patch.profile ? { profile: merge(users.profile, patch.profile) } : {}),
      ...(patch.preferences ? { preferences: merge(users.preferences, patch.preferences) } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, id))
}

export async function setUserActive(db: Db, id: string, isActive: boolean): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ isActive, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning({ id: users.id })
  return rows.length > 0
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, id))
}

export async function setLastLogin(db: Db, id: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, id))
}

/** Locks the user row so concurrent identifier removals cannot leave an account with none. */
export async function lockUser(db: Db, id: string): Promise<void> {
  await db.execute(sql`SELECT id FROM users WHERE id = ${id} FOR UPDATE`)
}

export async function deleteIdentifier(db: Db, userId: string, identifierId: string) {
  const [row] = await db
    .delete(userIdentifiers)
    .where(and(eq(userIdentifiers.id, identifierId), eq(userIdentifiers.userId, userId)))
    .returning()
  return row
}

/** After the primary one is removed, the oldest remaining identifier becomes primary. */
export async function ensurePrimaryIdentifier(db: Db, userId: string): Promise<void> {
  await db.execute(sql`
    UPDATE user_identifiers SET is_primary = true
    WHERE id = (SELECT id FROM user_identifiers WHERE user_id = ${userId} ORDER BY created_at LIMIT 1)
      AND NOT EXISTS (SELECT 1 FROM user_identifiers WHERE user_id = ${userId} AND is_primary)`)
}
