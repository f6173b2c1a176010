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
import { BENCH_SEED_VERSION, MESSAGES_PER_THREAD, SEED_STATEMENTS } from './messaging-seed-sql.ts'

const log = (line: string) => process.stderr.write(`bench: ${line}\n`)
const MARKER_KEY = 'bench.messaging.seed'
/** A database of its own beside DATABASE_URL's, so the bench never writes into that one. */
const PG_DATABASE = 'yektayar_bench_messaging'
const PGLITE_DIR = join(tmpdir(), 'yektayar-bench-messaging')

/** Where the seeded store is: a PostgreSQL URL, or a DATA_DIR holding a PGlite directory. */
export interface MessagingStore {
  databaseUrl?: string
  dataDir?: string
}

/**
 * The 1,000,000-message data set, seeded once and kept (seeding takes about half a minute) until
 * its version changes; each run first removes what earlier runs added, so every run measures
 * the same data.
 */
export async function prepareMessagingStore(settings: BenchSettings): Promise<MessagingStore> {
  if (settings.databaseUrl) {
    const url = new URL(settings.databaseUrl)
    url.pathname = `/${PG_DATABASE}`
    const open = () => openPostgres({ url: url.toString(), poolSize: 2 })
    await adminQuery(settings.databaseUrl, `CREATE DATABASE ${PG_DATABASE}`, true)
    if (!(await prepare(await open()))) {
      await adminQuery(settings.databaseUrl, `DROP DATABASE ${PG_DATABASE} WITH (FORCE)`)
      await adminQuery(settings.databaseUrl, `CREATE DATABASE ${PG_DATABASE}`)
      await prepare(await open())
    }
    return { databaseUrl: url.toString() }
  }
  const open = () => openPglite(join(PGLITE_DIR, 'pglite'))
  mkdirSync(PGLITE_DIR, { recursive: true })
  if (!(await prepare(await open()))) {
    rmSync(PGLITE_DIR, { recursive: true, force: true })
    mkdirSync(PGLITE_DIR, { recursive: true })
    await prepare(await open())
  }
  return { dataDir: PGLITE_DIR }
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
async function prepare(database: Database): Promise<boolean> {
  try {
    await migrate(database)
    await syncReferenceData(database)
    const [marker] = await database.query<{ value: unknown }>(
      'SELECT value FROM config WHERE key = $1',
      [MARKER_KEY],
    )
    if (marker && marker.value !== BENCH_SEED_VERSION) return false
    if (!marker) await seed(database)
    await resetToSeed(database)
    await vacuum(database)
    return true
  } finally {
    await database.close()
  }
}

/** Loads without secondary indexes and foreign-key triggers, then builds the indexes once. */
async function seed(database: Database) {
  log('seeding 10,000 users, 20,000 threads, 1,000,000 messages (about half a minute)')
  const started = Date.now()
  await database.transaction(async (sql) => {
    await sql.exec('SET LOCAL session_replication_role = replica')
    const indexes = await sql.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = 'public' AND tablename = 'messages' AND indexname <> 'messages_pkey'`,
    )
    for (const index of indexes) await sql.exec(`DROP INDEX "${index.name}"`)
    await sql.exec('ALTER TABLE messages DROP CONSTRAINT messages_pkey')
    for (const statement of SEED_STATEMENTS) await sql.exec(statement)
    await sql.exec('ALTER TABLE messages ADD CONSTRAINT messages_pkey PRIMARY KEY (id)')
    for (const index of indexes) await sql.exec(index.definition)
    await sql.query(`INSERT INTO config (key, value, description) VALUES ($1, $2::jsonb, $3)`, [
      MARKER_KEY,
      JSON.stringify(BENCH_SEED_VERSION),
      'Messaging bench data set',
    ])
  })
  await database.exec('ANALYZE')
  log(`seeded in ${Math.round((Date.now() - started) / 1000)} s`)
}

/**
 * Every send updates its thread's row, and each run adds tens of thousands of sends. Where
 * autovacuum is off (this workplace's PostgreSQL has it off) the dead rows of earlier runs pile
 * up, and the same code measured p50 fan-out latency of 78 ms on a fresh store and 9 s three runs
 * later. A production database vacuums on its own; the bench starts each run from a clean one.
 */
async function vacuum(database: Database) {
  await database.exec('VACUUM (ANALYZE) message_threads, messages, thread_participants, sessions')
}

/** Drops messages and jobs earlier runs added and refreshes the bench sessions' activity. */
async function resetToSeed(sql: RawSql) {
  await sql.query('DELETE FROM messages WHERE seq > $1', [MESSAGES_PER_THREAD])
  await sql.query(
    `UPDATE message_threads t SET last_seq = m.seq, last_message_id = m.id, last_message_at = m.created_at
     FROM messages m WHERE m.thread_id = t.id AND m.seq = $1 AND t.last_seq <> $1`,
    [MESSAGES_PER_THREAD],
  )
  await sql.query('UPDATE thread_participants SET last_read_seq = $1 WHERE last_read_seq > $1', [
    MESSAGES_PER_THREAD,
  ])
  await sql.exec(`DELETE FROM pgboss.job WHERE name = 'message.digest'`).catch(() => undefined)
  await sql.exec(`UPDATE sessions SET last_activity_at = now() WHERE metadata->>'bench' = 'true'`)
}
