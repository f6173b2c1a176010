import { type AnnouncementAudience, DEFAULT_GROUPS } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../db/database.ts'
import { queryRows } from '../../../db/sql-query.ts'

const DEFAULT_GROUP_NAMES = Object.values(DEFAULT_GROUPS).map((group) => group.name)

/**
 * Who each audience is, by users.type. Staff are admins and anyone in a group beyond the default
 * patient and psychologist ones (e.g. a support lead), as the admin panel counts staff.
 */
const AUDIENCE_FILTER: Record<AnnouncementAudience, SQL> = {
  everyone: sql`TRUE`,
  patients: sql`u.type = 'patient'`,
  psychologists: sql`u.type = 'psychologist'`,
  staff: sql`(u.type = 'admin' OR EXISTS (
    SELECT 1 FROM user_group_members m JOIN user_groups g ON g.id = m.group_id
    WHERE m.user_id = u.id AND g.name NOT IN (${sql.join(
      DEFAULT_GROUP_NAMES.map((name) => sql`${name}`),
      sql`, `,
    )})))`,
}

/**
 * One batch of the audience's active accounts, in id order after `afterId`. Deactivated
 * accounts are left out; deleted ones are gone from users altogether.
 */
export async function audienceBatch(
  db: Db,
  audience: AnnouncementAudience,
  afterId: string | null,
  size: number,
): Promise<string[]> {
  const after = afterId ? sql`AND u.id > ${afterId}::uuid` : sql``
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT u.id FROM users u
        WHERE u.is_active IS TRUE AND ${AUDIENCE_FILTER[audience]} ${after}
        ORDER BY u.id LIMIT ${size}`,
  )
  return rows.map((row) => row.id)
}
