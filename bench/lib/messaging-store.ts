import type { RawSql } from '../../packages/backend/src/db/database.ts'
import type { BenchSettings } from '../settings.ts'
import { BENCH_SEED_VERSION, MESSAGES_PER_THREAD, SEED_STATEMENTS } from './messaging-seed-sql.ts'
import { loadWithoutIndexes, prepareSeededStore, type SeededStore } from './seeded-store.ts'

/**
 * The 1,000,000-message data set, seeded once and kept (seeding takes about half a minute) until
 * its version changes; each run first removes what earlier runs added, so every run measures
 * the same data.
 */
export function prepareMessagingStore(settings: BenchSettings): Promise<SeededStore> {
  return prepareSeededStore(settings, {
    database: 'yektayar_bench_messaging',
    pgliteDir: 'yektayar-bench-messaging',
    markerKey: 'bench.messaging.seed',
    version: BENCH_SEED_VERSION,
    description: '10,000 users, 20,000 threads, 1,000,000 messages (about half a minute)',
    seed,
    reset: resetToSeed,
    // Every send updates its thread's row, and each run adds tens of thousands of sends. Where
    // autovacuum is off the dead rows of earlier runs pile up, and the same code measured p50
    // fan-out latency of 78 ms on a fresh store and 9 s three runs later.
    vacuumTables: [
      'message_threads',
      'messages',
      'thread_participants',
      'sessions',
      'safety_alerts',
    ],
  })
}

/**
 * Messages load without their secondary indexes; users and threads are small enough to load as
 * they are. The primary key stays: attachments (`files.message_id`) reference it.
 */
async function seed(sql: RawSql) {
  await loadWithoutIndexes(sql, { table: 'messages', dropPrimaryKey: false }, async () => {
    for (const statement of SEED_STATEMENTS) await sql.exec(statement)
  })
}

/**
 * Drops messages, files and jobs earlier runs added and refreshes the bench sessions' activity.
 * The seed has no files: every row is a files bench upload (files-app empties their folder).
 */
async function resetToSeed(sql: RawSql) {
  await sql.exec('DELETE FROM files')
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
  // The crisis-alert scenario raises one alert per patient; each run starts with none.
  await sql.exec('DELETE FROM safety_alerts')
  await sql
    .exec(`DELETE FROM pgboss.job WHERE name IN ('safety.escalate', 'notification.event')`)
    .catch(() => undefined)
  await sql.exec(`UPDATE sessions SET last_activity_at = now() WHERE metadata->>'bench' = 'true'`)
}
