import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

// Any fixed number: every access change of every instance queues on this one lock.
const ACCESS_CHANGE_LOCK = 720_020

/**
 * Serialises access changes until the transaction ends, so two admins removing each other at
 * the same moment cannot both pass the last-manager check and leave nobody.
 */
export async function lockAccessChanges(db: Db): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(${ACCESS_CHANGE_LOCK})`)
}

/** Whether some active account holds `permission`, directly or through a group. */
export async function someActiveHolder(db: Db, permission: string): Promise<boolean> {
  const rows = await queryRows<{ held: boolean }>(
    db,
    sql`SELECT EXISTS (
      SELECT 1 FROM users u
      WHERE u.is_active AND u.id IN (
        SELECT up.user_id FROM user_permissions up
          JOIN permissions p ON p.id = up.permission_id WHERE p.name = ${permission}
        UNION
        SELECT m.user_id FROM user_group_members m
          JOIN group_permissions gp ON gp.group_id = m.group_id
          JOIN permissions p ON p.id = gp.permission_id WHERE p.name = ${permission})
    ) AS held`,
  )
  return rows[0]?.held ?? false
}

/** Where one user's `permission` comes from: a direct grant, groups, and the account's state. */
export async function findPermissionSources(db: Db, userId: string, permission: string) {
  const rows = await queryRows<{
    is_active: boolean | null
    direct: boolean
    groups: { id: string; name: string }[] | null
  }>(
    db,
    sql`SELECT u.is_active,
      EXISTS (SELECT 1 FROM user_permissions up JOIN permissions p ON p.id = up.permission_id
        WHERE up.user_id = u.id AND p.name = ${permission}) AS direct,
      (SELECT json_agg(json_build_object('id', g.id, 'name', g.name) ORDER BY g.name)
        FROM user_group_members m
        JOIN user_groups g ON g.id = m.group_id
        JOIN group_permissions gp ON gp.group_id = g.id
        JOIN permissions p ON p.id = gp.permission_id
        WHERE m.user_id = u.id AND p.name = ${permission}) AS groups
    FROM users u WHERE u.id = ${userId}`,
  )
  const row = rows[0]
  return row && { isActive: row.is_active ?? false, direct: row.direct, groups: row.groups ?? [] }
}
