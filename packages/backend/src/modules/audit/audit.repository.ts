import { and, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { auditLogs } from '../../db/schema/index.ts'
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
  action?: string
  before?: { createdAt: Date; id: string }
  limit: number
}

/** Newest first, keyset-paged on (created_at, id). */
export function listAuditLogs(db: Db, filter: AuditFilter) {
  const conditions: (SQL | undefined)[] = [
    filter.userId ? eq(auditLogs.userId, filter.userId) : undefined,
    filter.action ? eq(auditLogs.action, filter.action) : undefined,
  ]
  if (filter.before) conditions.push(olderThan(auditLogs.createdAt, auditLogs.id, filter.before))
  return db
    .select()
    .from(auditLogs)
    .where(and(...conditions))
    .orderBy(...newestFirst(auditLogs.createdAt, auditLogs.id))
    .limit(filter.limit + 1)
}
