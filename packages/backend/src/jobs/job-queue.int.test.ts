import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts'
import { createJobQueue, type JobQueue } from './job-queue.ts'

let testDatabase: TestDatabase
let jobs: JobQueue

beforeAll(async () => {
  testDatabase = await createTestDatabase()
  jobs = createJobQueue(testDatabase.database)
  await jobs.start()
})

afterAll(async () => {
  await jobs?.stop()
  await testDatabase?.drop()
})

describe('job queue', () => {
  it(`works a job sent through it, on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, async () => {
    let resolveWorked: (data: { greeting: string }) => void = () => {}
    const worked = new Promise<{ greeting: string }>((resolve) => {
      resolveWorked = resolve
    })
    // Registering the worker and sending the first job at once, as a booting instance does.
    const [, id] = await Promise.all([
      jobs.work<{ greeting: string }>('test.greet', async ([job]) => {
        if (job) resolveWorked(job.data)
      }),
      jobs.send('test.greet', { greeting: 'سلام' }),
    ])
    expect(id).toEqual(expect.any(String))
    await expect(worked).resolves.toEqual({ greeting: 'سلام' })
  })

  it('stores its jobs beside the data, in the pgboss schema of the same database', async () => {
    const rows = await testDatabase.database.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'test.greet'`,
    )
    expect(rows[0]?.count).toBe(1)
  })
})

describe('a batch that outlasts the graceful stop', () => {
  it('ends quietly on the closed database, its job failed by the stop for a retry', async () => {
    const own = await createTestDatabase()
    const queue = createJobQueue(own.database)
    await queue.start()
    let release: () => void = () => {}
    const running = new Promise<void>((resolveRunning) => {
      void queue.work('test.slow', async () => {
        resolveRunning()
        await new Promise<void>((resolveRelease) => {
          release = resolveRelease
        })
      })
    })
    const id = await queue.send('test.slow', {}, { retryLimit: 1 })
    await running
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      await queue.stop()
      const [job] = await own.database.query<{ state: string; output: unknown }>(
        'SELECT state, output FROM pgboss.job WHERE id = $1',
        [id],
      )
      expect(job?.state).toBe('retry')
      await own.drop()
      // The handler finishes after the database closed; pg-boss records its end unawaited.
      release()
      await new Promise((resolveLater) => setTimeout(resolveLater, 200))
      expect(rejections).toEqual([])
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })
})
