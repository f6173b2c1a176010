import type { SQL } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'

/** Rows of a raw Drizzle query; PGlite and node-postgres both answer `{ rows }`. */
export async function rowsOf<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] } | Row[]
  return Array.isArray(result) ? result : result.rows
}
