import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Database, RawSql } from './database.ts'

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))

// Any constant works: it only has to be the same for every instance migrating this database.
const MIGRATION_LOCK_KEY = 7_301_200_481

/** Held until the transaction ends; every instance that changes the schema or its data takes it. */
export async function lockMigrations(sql: RawSql): Promise<void> {
  await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
}

/**
 * Applies the plain-SQL files of migrations/ in name order, each once, all in one transaction
 * under an advisory lock, so instances starting together never race and a failure leaves
 * nothing half-applied. The same files run on PGlite and PostgreSQL.
 */
export async function migrate(database: Database, directory = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => name.endsWith('.sql')).sort()
  return database.transaction(async (sql) => {
    await lockMigrations(sql)
    await sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name varchar(255) PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const applied = new Set(
      (await sql.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    )
    const pending = files.filter((name) => !applied.has(name))
    for (const name of pending) {
      await sql.exec(await readFile(join(directory, name), 'utf8'))
      await sql.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name])
    }
    return pending
  })
}
