import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'

export interface StoredConfigRow {
  key: string
  value: unknown
  updatedAt: string | null
}

/** The stored rows of these keys (the registry's); other rows of the table are not read here. */
export function findConfigRows(db: Db, keys: string[]): Promise<StoredConfigRow[]> {
  if (keys.length === 0) return Promise.resolve([])
  return queryRows<StoredConfigRow>(
    db,
    sql`SELECT key, value, ${isoOf('updated_at')} AS "updatedAt" FROM config
        WHERE key IN (${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )})`,
  )
}

/** Serialises writes to the registry's keys, so rules across keys hold under concurrent edits. */
export async function lockConfigWrites(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended('config.registry', 0))`)
}

export async function upsertConfigRow(
  tx: Db,
  row: { key: string; value: unknown; description: string; sensitive: boolean },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO config (key, value, description, is_sensitive, updated_at)
    VALUES (${row.key}, ${JSON.stringify(row.value)}::jsonb, ${row.description}, ${row.sensitive}, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, description = EXCLUDED.description,
      is_sensitive = EXCLUDED.is_sensitive, updated_at = now()`)
}

export async function deleteConfigRow(tx: Db, key: string): Promise<void> {
  await tx.execute(sql`DELETE FROM config WHERE key = ${key}`)
}
