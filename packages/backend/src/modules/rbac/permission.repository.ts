import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

/** Effective permissions: direct grants ∪ grants of every group the user belongs to. */
export async function findEffectivePermissions(db: Db, userId: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`
    SELECT p.name FROM permissions p
      JOIN user_permissions up ON up.permission_id = p.id AND up.user_id = ${userId}
    UNION
    SELECT p.name FROM permissions p
      JOIN group_permissions gp ON gp.permission_id = p.id
      JOIN user_group_members m ON m.group_id = gp.group_id AND m.user_id = ${userId}
  `,
  )
  return rows.map((row) => row.name)
}
