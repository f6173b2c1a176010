import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import { displayNameOf } from '../users/display-name-sql.ts'

interface Person {
  id: string
  name: string
}

/** Active people who hold `safety.respond`, directly or through a group. */
const RESPONDERS = sql`
  SELECT u.id FROM users u WHERE u.is_active AND u.id IN (
    SELECT up.user_id FROM user_permissions up JOIN permissions p ON p.id = up.permission_id
      WHERE p.name = 'safety.respond'
    UNION
    SELECT m.user_id FROM user_group_members m
      JOIN group_permissions gp ON gp.group_id = m.group_id
      JOIN permissions p ON p.id = gp.permission_id WHERE p.name = 'safety.respond')`

export async function listResponderIds(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, RESPONDERS)
  return rows.map((row) => row.id)
}

export async function listActiveAdminIds(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE type = 'admin' AND is_active`,
  )
  return rows.map((row) => row.id)
}

/** The rota, first responder first; people who lost `safety.respond` or were deactivated drop out. */
export function listRota(db: Db): Promise<Person[]> {
  return queryRows(
    db,
    sql`SELECT o.user_id AS id, ${displayNameOf('u')} AS name
      FROM safety_on_call o JOIN users u ON u.id = o.user_id
      WHERE o.user_id IN (${RESPONDERS}) ORDER BY o.position`,
  )
}

/** The rota as stored, everyone on it (also those who dropped out): what a change replaces. */
export function listStoredRota(db: Db): Promise<Person[]> {
  return queryRows(
    db,
    sql`SELECT o.user_id AS id, ${displayNameOf('u')} AS name
      FROM safety_on_call o JOIN users u ON u.id = o.user_id ORDER BY o.position`,
  )
}

/** Everyone who may be put on the rota, by name. Staff holding one permission: a short list. */
export function listCandidates(db: Db): Promise<Person[]> {
  return queryRows(
    db,
    sql`SELECT u.id, ${displayNameOf('u')} AS name FROM users u
      WHERE u.id IN (${RESPONDERS}) ORDER BY name, u.id`,
  )
}

/** Serialises changes of the rota, so each one's audited "before" is what it replaced. */
export async function lockRota(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('safety.on_call', 0))`)
}

/** Call inside a transaction: the rota is never seen half written. */
export async function replaceRota(tx: Db, userIds: string[]): Promise<void> {
  await tx.execute(sql`DELETE FROM safety_on_call`)
  for (const [index, userId] of userIds.entries()) {
    await tx.execute(
      sql`INSERT INTO safety_on_call (user_id, position) VALUES (${userId}, ${index + 1})`,
    )
  }
}
