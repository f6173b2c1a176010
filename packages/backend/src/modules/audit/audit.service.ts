import { isIP } from 'node:net'
import type { AuditExportQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { keysetCsv } from '../../lib/csv-export.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import {
  type AuditFilter,
  distinctValues,
  insertAuditLog,
  listAuditLogs,
} from './audit.repository.ts'
import { AUDIT_CSV_HEADERS, auditCsvCells } from './audit-csv.ts'
import { auditViewOf } from './audit-view.ts'

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

export interface AuditQuery extends AuditFilter {
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
  return { items: page.map(auditViewOf), nextCursor }
}

export async function auditFacets(db: Db) {
  const [actions, resources] = [
    await distinctValues(db, 'action'),
    await distinctValues(db, 'resource'),
  ]
  return { actions, resources }
}

/**
 * The filtered log as CSV, newest first, read in keyset batches so memory stays flat however
 * many rows match. The export is itself audited (with its filters) before the first byte.
 */
export async function exportAuditCsv(
  db: Db,
  actor: AuthContext,
  filter: AuditExportQuery,
  meta: RequestMeta,
): Promise<AsyncGenerator<string>> {
  await recordAudit(db, {
    userId: actor.userId,
    action: 'audit.export',
    resource: 'audit_log',
    changes: { filters: filter },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  return auditCsvLines(db, filter)
}

function auditCsvLines(db: Db, filter: AuditFilter): AsyncGenerator<string> {
  return keysetCsv({
    headers: AUDIT_CSV_HEADERS,
    // The repository answers one row more than asked (for paging): ask one fewer.
    readBatch: (before: { createdAt: Date; id: string } | undefined, limit) =>
      listAuditLogs(db, { ...filter, before, limit: limit - 1 }),
    keyOf: (row) => ({ createdAt: row.createdAt ?? new Date(0), id: row.id }),
    cells: (row) => auditCsvCells(auditViewOf(row)),
  })
}
