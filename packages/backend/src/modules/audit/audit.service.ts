import { isIP } from 'node:net'
import type { Db } from '../../db/database.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { insertAuditLog, listAuditLogs } from './audit.repository.ts'

export interface AuditEntry {
  userId?: string | null
  action: string
  resource?: string
  resourceId?: string
  changes?: unknown
  ip?: string
  userAgent?: string
}

const MAX_USER_AGENT = 500

/**
 * Appends one audit row. The table refuses UPDATE, DELETE and TRUNCATE (migration 0001), so
 * this is the only thing the application can do with it. Never put secrets in `changes`.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await insertAuditLog(db, {
    userId: entry.userId ?? null,
    action: entry.action,
    resource: entry.resource ?? null,
    resourceId: entry.resourceId ?? null,
    changes: entry.changes ?? null,
    // The column is INET: anything that is not an address would fail the insert.
    ipAddress: entry.ip && isIP(entry.ip) ? entry.ip : null,
    userAgent: entry.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
  })
}

export interface AuditQuery {
  userId?: string
  action?: string
  cursor?: string
  limit: number
}

export async function listAudit(db: Db, query: AuditQuery) {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listAuditLogs(db, { ...query, before })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last?.createdAt ? encodeCursor(last.createdAt, last.id) : null
  return {
    items: page.map((row) => ({
      id: row.id,
      userId: row.userId,
      action: row.action,
      resource: row.resource,
      resourceId: row.resourceId,
      changes: row.changes,
      ip: row.ipAddress,
      userAgent: row.userAgent,
      createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    })),
    nextCursor,
  }
}
