import { type AnyColumn, desc, type SQL, sql } from 'drizzle-orm'

/**
 * Newest-first keyset paging on (created_at, id). PostgreSQL keeps microseconds and a cursor
 * carries a JS Date (milliseconds), so both the order and the comparison use the time cut to
 * milliseconds; otherwise rows within the same millisecond could be skipped between pages.
 */
const millis = (column: AnyColumn) => sql`date_trunc('milliseconds', ${column})`

export function newestFirst(createdAt: AnyColumn, id: AnyColumn): SQL[] {
  return [desc(millis(createdAt)), desc(id)]
}

export function olderThan(
  createdAt: AnyColumn,
  id: AnyColumn,
  before: { createdAt: Date; id: string },
): SQL {
  return sql`(${millis(createdAt)}, ${id}) < (${before.createdAt.toISOString()}::timestamptz, ${before.id}::uuid)`
}
