import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'

/** Rows of a raw Drizzle query; PGlite and node-postgres both answer `{ rows }`. */
export async function rowsOf<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[]
  return Array.isArray(result) ? result : result.rows
}

/** Timestamps from raw queries arrive as Date (node-postgres, PGlite) or text; one shape here. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value))
}
