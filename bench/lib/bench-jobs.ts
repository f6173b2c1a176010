import { openPostgres } from '../../packages/backend/src/db/open-postgres.ts'
import { createJobQueue, type JobQueue } from '../../packages/backend/src/jobs/job-queue.ts'
import type { SeededStore } from './seeded-store.ts'

/**
 * The app's own job queue (pg-boss on its database), opened from the bench so a scenario can
 * queue jobs the way a module does. PGlite allows one process at a time, so this needs
 * PostgreSQL.
 */
export async function openBenchJobs(
  store: SeededStore,
  poolSize = 8,
): Promise<{ jobs: JobQueue; close(): Promise<void> }> {
  if (!store.databaseUrl) {
    throw new Error('queues jobs beside the app, so it needs DATABASE_URL (PostgreSQL)')
  }
  const database = await openPostgres({ url: store.databaseUrl, poolSize })
  const jobs = createJobQueue(database)
  await jobs.start()
  return {
    jobs,
    async close() {
      await jobs.stop()
      await database.close()
    },
  }
}

/** Runs `work` for 0…count-1, at most `concurrency` at a time. */
export async function eachWithConcurrency(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<unknown>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < count) await work(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
}
