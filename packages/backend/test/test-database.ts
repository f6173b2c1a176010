import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { inject } from 'vitest'
import type { Database } from '../src/db/database.ts'
import { migrate } from '../src/db/migrate.ts'
import { openPglite } from '../src/db/open-pglite.ts'
import { openPostgres } from '../src/db/open-postgres.ts'

export interface TestDatabase {
  database: Database
  /** The connection string of this file's own database (PostgreSQL mode only). */
  url?: string
  drop(): Promise<void>
}

export interface TestDatabaseOptions {
  /** false leaves it empty, for tests of the migrations themselves. */
  migrated?: boolean
}

/**
 * A migrated database of this test file's own: a fresh database on the PostgreSQL server named
 * by DATABASE_URL, or an in-memory PGlite when it is unset. Both start from the run's migrated
 * template (migrated-template.ts) when there is one.
 */
export async function createTestDatabase({
  migrated = true,
}: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const template = migrated ? migratedTemplate() : undefined
  const serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    const dump = template ? new Blob([await readFile(template)]) : undefined
    const database = await openPglite(undefined, dump)
    if (migrated && !template) await migrate(database)
    return { database, drop: () => database.close() }
  }
  const name = `yy_test_${randomBytes(6).toString('hex')}`
  await adminQuery(serverUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  const url = withDatabase(serverUrl, name)
  const database = await openPostgres({ url, poolSize: 5 })
  if (migrated && !template) await migrate(database)
  return {
    database,
    url,
    async drop() {
      await database.close()
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** The run's migrated template, or undefined outside the backend project (the e2e helpers). */
function migratedTemplate(): string | undefined {
  try {
    return inject('migratedTemplate') || undefined
  } catch {
    return undefined
  }
}

export function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function adminQuery(serverUrl: string, text: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}
