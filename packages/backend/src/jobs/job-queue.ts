import PgBoss from 'pg-boss'
import type { Database } from '../db/database.ts'

export type JobHandler<T extends object> = (jobs: PgBoss.Job<T>[]) => Promise<void>

export interface JobQueue {
  send<T extends object>(
    name: string,
    data: T,
    options?: PgBoss.SendOptions,
  ): Promise<string | null>
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>
  boss: PgBoss
  start(): Promise<void>
  stop(): Promise<void>
}

/**
 * pg-boss on our own database connection, so jobs are stored beside the data they act on.
 * PGlite runs multi-statement scripts only through exec, which pg-boss needs for its schema.
 */
export function createJobQueue(database: Database): JobQueue {
  const boss = new PgBoss({
    db: {
      async executeSql(text: string, values: unknown[]) {
        if (database.kind === 'pglite' && (!values || values.length === 0)) {
          return { rows: await database.exec(text) }
        }
        return { rows: await database.query(text, values) }
      },
    },
    schema: 'pgboss',
    supervise: true,
    schedule: true,
  })
  const queues = new Set<string>()
  async function ensureQueue(name: string) {
    if (queues.has(name)) return
    await boss.createQueue(name)
    queues.add(name)
  }
  return {
    boss,
    async send(name, data, options = {}) {
      await ensureQueue(name)
      return boss.send(name, data, options)
    },
    async work(name, handler) {
      await ensureQueue(name)
      await boss.work(name, { pollingIntervalSeconds: 0.5, batchSize: 10 }, handler)
    },
    async start() {
      await boss.start()
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 3_000, wait: true, close: false })
    },
  }
}
