import type { RawSql } from '../../packages/backend/src/db/database.ts'
import type { BenchSettings } from '../settings.ts'
import { ADMIN_SEED_STATEMENTS, ADMIN_SEED_VERSION } from './admin-seed-sql.ts'
import { loadWithoutIndexes, prepareSeededStore, type SeededStore } from './seeded-store.ts'

/**
 * The admin panel's data set — 100,000 users, 300,000 appointments, 300,000 payments — in a
 * database of its own (`yektayar_bench_admin` beside DATABASE_URL's, or a PGlite directory),
 * seeded once and kept; each run first removes what earlier runs added.
 */
export function prepareAdminStore(settings: BenchSettings): Promise<SeededStore> {
  return prepareSeededStore(settings, {
    database: 'yektayar_bench_admin',
    pgliteDir: 'yektayar-bench-admin',
    markerKey: 'bench.admin.seed',
    version: ADMIN_SEED_VERSION,
    description: '100,000 users, 300,000 appointments and 300,000 payments (a few minutes)',
    seed,
    reset,
    vacuumTables: ['users', 'user_identifiers', 'appointments', 'transactions'],
  })
}

async function seed(sql: RawSql) {
  // Foreign keys point at both tables' primary keys, so those stay; the other indexes (the
  // search's trigram ones above all) are built once after the load.
  await loadWithoutIndexes(sql, { table: 'user_identifiers', dropPrimaryKey: false }, async () => {
    await loadWithoutIndexes(sql, { table: 'transactions', dropPrimaryKey: false }, async () => {
      for (const statement of ADMIN_SEED_STATEMENTS) await sql.exec(statement)
    })
  })
}

/**
 * The bench only reads (an export's audit row is all a run adds, and the audit log is
 * append-only), so a reset keeps the sessions fresh and nothing more.
 */
async function reset(sql: RawSql) {
  await sql.exec(`UPDATE sessions SET last_activity_at = now() WHERE metadata->>'bench' = 'true'`)
}
