import { readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts'
import type { RawSql } from './database.ts'
import { MIGRATIONS_DIR, migrate } from './migrate.ts'
import { openPglite } from './open-pglite.ts'
import { openPostgres } from './open-postgres.ts'

const FILES = readdirSync(MIGRATIONS_DIR)
  .filter((name) => name.endsWith('.sql'))
  .sort()
const onPostgres = Boolean(process.env.DATABASE_URL)

const opened: TestDatabase[] = []
async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ migrated: false })
  opened.push(database)
  return database
}

afterAll(async () => {
  await Promise.all(opened.map((database) => database.drop()))
})

async function appliedNames(sql: RawSql): Promise<string[]> {
  const rows = await sql.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
  return rows.map((row) => row.name)
}

describe('migrate', () => {
  it('applies every migration file once, in name order, and a second run applies nothing', async () => {
    const { database } = await emptyDatabase()
    expect(FILES.length).toBeGreaterThan(0)
    expect(await migrate(database)).toEqual(FILES)
    expect(await appliedNames(database)).toEqual(FILES)
    expect(await migrate(database)).toEqual([])
    expect(await appliedNames(database)).toEqual(FILES)
  })

  it('lets instances that start together apply each file exactly once', async () => {
    const fresh = await emptyDatabase()
    // On PostgreSQL a second pool is a second instance; PGlite has a single connection.
    const other = fresh.url ? await openPostgres({ url: fresh.url, poolSize: 2 }) : fresh.database
    try {
      const [first, second] = await Promise.all([migrate(fresh.database), migrate(other)])
      expect([...first, ...second].sort()).toEqual(FILES)
      expect(await appliedNames(fresh.database)).toEqual(FILES)
    } finally {
      if (other !== fresh.database) await other.close()
    }
  })
})

const COLUMNS = `
  SELECT table_name, column_name, data_type, is_nullable, column_default
  FROM information_schema.columns WHERE table_schema = 'public'
  ORDER BY table_name, column_name`
// NOT NULL constraints are left out: PostgreSQL 15 names them after object ids
// (2200_16390_1_not_null), 18 after the column; is_nullable above already compares them.
const CONSTRAINTS = `
  SELECT table_name, constraint_name, constraint_type
  FROM information_schema.table_constraints
  WHERE constraint_schema = 'public' AND constraint_name NOT LIKE '%\\_not\\_null'
  ORDER BY table_name, constraint_name`
// Definitions too, so a CHECK or an EXCLUDE that differs in substance is caught, not just named.
const CONSTRAINT_DEFINITIONS = `
  SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n'
  ORDER BY 1, 2`
const INDEXES = `
  SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
  ORDER BY tablename, indexname`

/** Whitespace and the optional `public.` prefix differ in how versions print defaults. */
function normalized(rows: Record<string, unknown>[]) {
  return rows.map((row) => ({
    ...row,
    ...('column_default' in row && {
      column_default:
        typeof row.column_default === 'string'
          ? row.column_default.replaceAll('public.', '').replace(/\s+/g, ' ')
          : row.column_default,
    }),
  }))
}

async function schemaOf(sql: RawSql) {
  return {
    columns: normalized(await sql.query(COLUMNS)),
    constraints: await sql.query(CONSTRAINTS),
    constraintDefinitions: await sql.query(CONSTRAINT_DEFINITIONS),
    indexes: await sql.query(INDEXES),
  }
}

describe('one schema on both databases', () => {
  // Skipped without DATABASE_URL: comparing the two schemas needs a PostgreSQL server.
  it.skipIf(!onPostgres)(
    'ends at the same tables, columns, constraints and indexes on PGlite and PostgreSQL (needs DATABASE_URL)',
    async () => {
      const postgres = await emptyDatabase()
      const pglite = await openPglite()
      try {
        await Promise.all([migrate(postgres.database), migrate(pglite)])
        const [onServer, embedded] = await Promise.all([
          schemaOf(postgres.database),
          schemaOf(pglite),
        ])
        expect(onServer.columns.length).toBeGreaterThan(100)
        expect(embedded.columns).toEqual(onServer.columns)
        expect(embedded.constraints).toEqual(onServer.constraints)
        expect(embedded.constraintDefinitions).toEqual(onServer.constraintDefinitions)
        expect(embedded.indexes).toEqual(onServer.indexes)
      } finally {
        await pglite.close()
      }
    },
    // Boots an embedded PostgreSQL and migrates two databases: past 30 s on a busy 2-core box.
    120_000,
  )
})
