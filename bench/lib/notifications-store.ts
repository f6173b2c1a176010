import type { RawSql } from '../../packages/backend/src/db/database.ts'
import type { BenchSettings } from '../settings.ts'
import { BENCH_USER_STATEMENTS } from './messaging-seed-sql.ts'
import {
  NOTIFICATION_SEED_STATEMENTS,
  NOTIFICATIONS_SEED_VERSION,
  SEED_EVENT_PREFIX,
} from './notifications-seed-sql.ts'
import { loadWithoutIndexes, prepareSeededStore, type SeededStore } from './seeded-store.ts'

/** Jobs earlier runs queued; a run starts with none of them waiting. */
const RUN_JOBS = ['notification.event', 'notification.deliver', 'appointment.reminder']

/**
 * The 1,000,000-notification data set in a database of its own (`yektayar_bench_notifications`
 * beside DATABASE_URL's, or a PGlite directory), seeded once and kept; each run first removes
 * what earlier runs added.
 */
export function prepareNotificationsStore(settings: BenchSettings): Promise<SeededStore> {
  return prepareSeededStore(settings, {
    database: 'yektayar_bench_notifications',
    pgliteDir: 'yektayar-bench-notifications',
    markerKey: 'bench.notifications.seed',
    version: NOTIFICATIONS_SEED_VERSION,
    description: '10,000 users with verified phones, 1,000,000 notifications (about a minute)',
    seed,
    reset,
    vacuumTables: ['notifications', 'notification_deliveries', 'notification_preferences'],
  })
}

async function seed(sql: RawSql) {
  for (const statement of BENCH_USER_STATEMENTS) await sql.exec(statement)
  // notification_deliveries' foreign key needs the primary key.
  const table = { table: 'notifications', dropPrimaryKey: false }
  await loadWithoutIndexes(sql, table, async () => {
    for (const statement of NOTIFICATION_SEED_STATEMENTS) await sql.exec(statement)
  })
}

async function reset(sql: RawSql) {
  // Deliveries go with their notifications (ON DELETE CASCADE).
  await sql.query(`DELETE FROM notifications WHERE event_key NOT LIKE $1`, [
    `${SEED_EVENT_PREFIX}%`,
  ])
  await sql.exec('UPDATE notification_preferences SET quiet_enabled = false WHERE quiet_enabled')
  await sql.query('DELETE FROM pgboss.job WHERE name = ANY($1)', [RUN_JOBS]).catch(() => undefined)
  await sql.exec(`UPDATE sessions SET last_activity_at = now() WHERE metadata->>'bench' = 'true'`)
}
