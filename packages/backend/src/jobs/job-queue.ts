import PgBoss from 'pg-boss'
import type { Database } from '../db/database.ts'
import { retryOnDeadlock } from '../db/sql-state.ts'

export type JobHandler<T extends object> = (jobs: PgBoss.Job<T>[]) => Promise<void>

export interface JobQueue {
  send<T extends object>(
    name: string,
    data: T,
    options?: PgBoss.SendOptions,
  ): Promise<string | null>
  /** `batchSize` (default 10): jobs fetched per poll; a busy queue wants more per round trip. */
  work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options?: { batchSize?: number },
  ): Promise<void>
  boss: PgBoss
  start(): Promise<void>
  stop(): Promise<void>
}

/**
 * pg-boss on our own database connection, so jobs are stored beside the data they act on.
 * PGlite runs multi-statement scripts only through exec, which pg-boss needs for its schema.
 */
export function createJobQueue(database: Database): JobQueue {
  let stopping = false
  async function executeSql(text: string, values: unknown[]) {
    if (database.kind === 'pglite' && (!values || values.length === 0)) {
      return { rows: await database.exec(text) }
    }
    return { rows: await database.query(text, values) }
  }
  const boss = new PgBoss({
    db: {
      async executeSql(text: string, values: unknown[]) {
        try {
          return await executeSql(text, values)
        } catch (error) {
          // pg-boss records the end of a batch without awaiting it (manager.js, onFetch), so a
          // batch that outlasts the graceful stop would end on a database already closed as an
          // unhandled rejection. The stop has already failed its job ("shut down while
          // active"), to be retried: during a stop the failure says nothing new. No rows at all
          // (not an empty list) is what pg-boss reads as "nothing affected" here.
          if (stopping) return { rows: null as unknown as unknown[] }
          throw error
        }
      },
    },
    schema: 'pgboss',
    supervise: true,
    schedule: true,
  })
  // One creation per name: a worker registering while the first job is sent would otherwise
  // run two create_queue calls at once, which deadlock each other on PostgreSQL.
  const queues = new Map<string, Promise<void>>()
  function ensureQueue(name: string): Promise<void> {
    let created = queues.get(name)
    if (!created) {
      created = createQueue(boss, name).catch((error: unknown) => {
        queues.delete(name)
        throw error
      })
      queues.set(name, created)
    }
    return created
  }
  return {
    boss,
    async send(name, data, options = {}) {
      await ensureQueue(name)
      return boss.send(name, data, options)
    },
    async work<T extends object>(
      name: string,
      handler: JobHandler<T>,
      { batchSize = 10 }: { batchSize?: number } = {},
    ) {
      await ensureQueue(name)
      let workerId: string | undefined
      workerId = await boss.work<T>(
        name,
        { pollingIntervalSeconds: 0.5, batchSize },
        async (batch) => {
          await handler(batch)
          // pg-boss waits out the polling interval after every batch, full or not, which caps a
          // queue at batchSize jobs per 0.5 s per process. A full batch means more are waiting:
          // fetch again at once (an idle queue still polls every 0.5 s).
          if (batch.length === batchSize && workerId) boss.notifyWorker(workerId)
        },
      )
    },
    async start() {
      stopping = false
      await boss.start()
    },
    async stop() {
      stopping = true
      await boss.stop({ graceful: true, timeout: 3_000, wait: true, close: false })
    },
  }
}

/** Another instance creating the same queue can still deadlock with us; the retry finds it made. */
function createQueue(boss: PgBoss, name: string): Promise<void> {
  return retryOnDeadlock(() => boss.createQueue(name))
}
