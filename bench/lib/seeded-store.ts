import { mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { Database, RawSql } from '../../packages/backend/src/db/database.ts'
import { migrate } from '../../packages/backend/src/db/migrate.ts'
import { openPglite } from '../../packages/backend/src/db/open-pglite.ts'
import { openPostgres } from '../../packages/backend/src/db/open-postgres.ts'
import { syncReferenceData } from '../../packages/backend/src/seed/reference-data.ts'
import type { BenchSettings } from '../settings.ts'

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** Where a seeded store is: a PostgreSQL URL, or a DATA_DIR holding a PGlite directory. */
export interface SeededStore {
  databaseUrl?: string
  dataDir?: string
}

/** A large data set the bench seeds once and keeps between runs. */
export interface StoreRecipe {
  /** A database of its own beside DATABASE_URL's, so the bench never writes into that one. */
  database: string
  /** Directory name under the system temp directory, without DATABASE_URL. */
  pgliteDir: string
  /** config row that names the seed version; data of another version is dropped and reseeded. */
  markerKey: string
  version: string
  /** What the seed writes, for the log line and the marker's description. */
  description: string
  /** Writes the data set inside one transaction (the marker is written in the same one). */
  seed(sql: RawSql): Promise<void>
  /** Removes what earlier runs added, so every run measures the same data. */
  reset(sql: RawSql): Promise<void>
  /** Tables to vacuum after the reset (this workplace's PostgreSQL runs without autovacuum). */
  vacuumTables: string[]
}

/**
 * Opens (creating and seeding when needed) the recipe's store, resets it to the seed and
 * answers where it is. Seeding takes tens of seconds, so it happens once per seed version.
 */
export async function prepareSeededStore(
  settings: BenchSettings,
  recipe: StoreRecipe,
): Promise<SeededStore> {
  if (settings.databaseUrl) {
    const url = new URL(settings.databaseUrl)
    url.pathname = `/${recipe.database}`
    const open = () => openPostgres({ url: url.toString(), poolSize: 2 })
    await adminQuery(settings.databaseUrl, `CREATE DATABASE ${recipe.database}`, true)
    if (!(await prepare(await open(), recipe))) {
      await adminQuery(settings.databaseUrl, `DROP DATABASE ${recipe.database} WITH (FORCE)`)
      await adminQuery(settings.databaseUrl, `CREATE DATABASE ${recipe.database}`)
      await prepare(await open(), recipe)
    }
    return { databaseUrl: url.toString() }
  }
  const dir = join(tmpdir(), recipe.pgliteDir)
  const open = () => openPglite(join(dir, 'pglite'))
  mkdirSync(dir, { recursive: true })
  if (!(await prepare(await open(), recipe))) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    await prepare(await open(), recipe)
  }
  return { dataDir: dir }
}

async function adminQuery(serverUrl: string, text: string, ignoreErrors = false) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(text)
  } catch (error) {
    if (!ignoreErrors) throw error
  } finally {
    await client.end()
  }
}

/** Seeds an empty store and resets a current one; false for data of another seed version. */
async function prepare(database: Database, recipe: StoreRecipe): Promise<boolean> {
  try {
    await migrate(database)
    await syncReferenceData(database)
    const [marker] = await database.query<{ value: unknown }>(
      'SELECT value FROM config WHERE key = $1',
      [recipe.markerKey],
    )
    if (marker && marker.value !== recipe.version) return false
    if (!marker) await seed(database, recipe)
    await recipe.reset(database)
    await database.exec(`VACUUM (ANALYZE) ${recipe.vacuumTables.join(', ')}`)
    return true
  } finally {
    await database.close()
  }
}

async function seed(database: Database, recipe: StoreRecipe) {
  log(`seeding ${recipe.description}`)
  const started = Date.now()
  await database.transaction(async (sql) => {
    await recipe.seed(sql)
    await sql.query(`INSERT INTO config (key, value, description) VALUES ($1, $2::jsonb, $3)`, [
      recipe.markerKey,
      JSON.stringify(recipe.version),
      `Bench data set: ${recipe.description}`,
    ])
  })
  await database.exec('ANALYZE')
  log(`seeded in ${Math.round((Date.now() - started) / 1000)} s`)
}

/**
 * Loads a large table without its secondary indexes and foreign-key triggers (inside the seed's
 * transaction), then builds them once: several times faster than updating them row by row. The
 * primary key goes too unless another table's foreign key depends on it.
 */
export async function loadWithoutIndexes(
  sql: RawSql,
  { table, dropPrimaryKey }: { table: string; dropPrimaryKey: boolean },
  load: () => Promise<void>,
): Promise<void> {
  await sql.exec('SET LOCAL session_replication_role = replica')
  const indexes = await sql.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = $1 AND indexname <> $2`,
    [table, `${table}_pkey`],
  )
  for (const index of indexes) await sql.exec(`DROP INDEX "${index.name}"`)
  if (dropPrimaryKey) await sql.exec(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey`)
  await load()
  if (dropPrimaryKey) {
    await sql.exec(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (id)`)
  }
  for (const index of indexes) await sql.exec(index.definition)
}
