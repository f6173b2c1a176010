import { type AnyColumn, desc, type SQL, sql } from 'drizzle-orm'
import { AppError } from '../lib/app-error.ts'

/**
 * Newest-first keyset paging on (time, id) that keeps the database's microseconds in the
 * cursor, so ORDER BY and the comparison run on the bare columns and a (time DESC, id DESC)
 * index serves both (lib/keyset.ts cuts to milliseconds, which no index can follow). Used by
 * the admin's lists of 300,000 appointments and payments.
 */
export interface ExactKey {
  /** ISO-8601 in UTC with six fractional digits, as PostgreSQL holds it. */
  at: string
  id: string
}

export const exactInstant = (column: AnyColumn) =>
  sql<string>`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

export const newestFirstExact = (time: AnyColumn, id: AnyColumn): SQL[] => [desc(time), desc(id)]

export const olderThanExact = (time: AnyColumn, id: AnyColumn, key: ExactKey): SQL =>
  sql`(${time}, ${id}) < (${key.at}::timestamptz, ${key.id}::uuid)`

export function encodeExactCursor(key: ExactKey): string {
  return Buffer.from(`${key.at}|${key.id}`, 'utf8').toString('base64url')
}

const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function decodeExactCursor(cursor: string): ExactKey {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|')
  if (!at || !id || !AT.test(at) || !ID.test(id)) {
    throw new AppError('VALIDATION_FAILED', 'bad cursor', {
      errors: [{ path: 'querystring.cursor', message: 'invalid cursor' }],
    })
  }
  return { at, id }
}

/** One page of rows carrying their `key`: the items and the cursor of the next page. */
export function exactPage<Row extends { key: ExactKey }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { page, nextCursor: rows.length > limit && last ? encodeExactCursor(last.key) : null }
}
