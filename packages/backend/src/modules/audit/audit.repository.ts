import { and, eq, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { auditLogs, users } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'
import { withinTehranDays } from '../../db/tehran-days.ts'
import { newestFirst, olderThan } from '../../lib/keyset.ts'

export interface AuditRow {
  userId: string | null
  action: string
  resource: string | null
  resourceId: string | null
  changes: unknown
  ipAddress: string | null
  userAgent: string | null
}

export async function insertAuditLog(db: Db, row: AuditRow): Promise<void> {
  await db.insert(auditLogs).values(row)
}

export interface AuditFilter {
  userId?: string
  person?: string
  action?: string
  resource?: string
  resourceId?: string
  /** Civil days in Asia/Tehran, inclusive. */
  from?: string
  to?: string
}

export interface AuditPageFilter extends AuditFilter {
  before?: { createdAt: Date; id: string }
  limit: number
}

function conditionsOf(filter: AuditPageFilter): SQL | undefined {
  return and(
    filter.userId ? eq(auditLogs.userId, filter.userId) : undefined,
    filter.person
      ? or(eq(auditLogs.userId, filter.person), eq(auditLogs.resourceId, filter.person))
      : undefined,
    filter.action ? eq(auditLogs.action, filter.action) : undefined,
    filter.resource ? eq(auditLogs.resource, filter.resource) : undefined,
    filter.resourceId ? eq(auditLogs.resourceId, filter.resourceId) : undefined,
    ...withinTehranDays(auditLogs.createdAt, filter),
    filter.before ? olderThan(auditLogs.createdAt, auditLogs.id, filter.before) : undefined,
  )
}

/** The actor as the admin knows them: the profile's real name, never a patient's nickname. */
const actorName = sql<
  string | null
>`nullif(trim(concat_ws(' ', ${users.profile}->>'firstName', ${users.profile}->>'lastName')), '')`

/** Newest first, keyset-paged on (created_at, id), one more row than asked (is there more?). */
export function listAuditLogs(db: Db, filter: AuditPageFilter) {
  return db
    .select({
      id: auditLogs.id,
      userId: auditLogs.userId,
      actorName,
      action: auditLogs.action,
      resource: auditLogs.resource,
      resourceId: auditLogs.resourceId,
      changes: auditLogs.changes,
      ipAddress: auditLogs.ipAddress,
      userAgent: auditLogs.userAgent,
      createdAt: auditLogs.createdAt,
    })
    .from(auditLogs)
    .leftJoin(users, eq(users.id, auditLogs.userId))
    .where(conditionsOf(filter))
    .orderBy(...newestFirst(auditLogs.createdAt, auditLogs.id))
    .limit(filter.limit + 1)
}

export type AuditListRow = Awaited<ReturnType<typeof listAuditLogs>>[number]

/**
 * The distinct values of an indexed column by skipping through the index (a loose index scan),
 * so the menus cost a few hundred index probes however long the log grows.
 */
export async function distinctValues(db: Db, column: 'action' | 'resource'): Promise<string[]> {
  const c = sql.raw(column)
  const rows = await queryRows<{ v: string }>(
    db,
    sql`WITH RECURSIVE seen AS (
      (SELECT ${c} AS v FROM audit_logs WHERE ${c} IS NOT NULL ORDER BY ${c} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${c} FROM audit_logs WHERE ${c} > seen.v ORDER BY ${c} LIMIT 1)
      FROM seen WHERE seen.v IS NOT NULL
    )
    SELECT v FROM seen WHERE v IS NOT NULL LIMIT 500`,
  )
  return rows.map((row) => row.v)
}
