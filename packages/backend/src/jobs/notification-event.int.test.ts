import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { createJobQueue, type JobQueue } from './job-queue.ts'
import {
  NOTIFICATION_EVENT_JOB,
  type NotificationEvent,
  notifyWithinJob,
  runNotificationEventsHere,
} from './notification-event.ts'

const event = (eventKey: string): NotificationEvent => ({
  eventKey,
  recipientId: crypto.randomUUID(),
  category: 'announcement',
  templateKey: 'announcement',
  params: {},
})

describe('notifyWithinJob: a producer inside a job tells in its run where the engine runs', () => {
  let t: TestApp
  let jobs: JobQueue

  beforeAll(async () => {
    t = await createTestApp()
    // A queue of the test's own: no notifications engine has claimed it yet.
    jobs = createJobQueue(t.database)
    await jobs.start()
  })
  afterAll(async () => {
    await jobs.stop()
    await t.close()
  })

  const queuedKeys = async () =>
    (
      await t.database.query<{ key: string }>(
        `SELECT data->>'eventKey' AS key FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
        [NOTIFICATION_EVENT_JOB],
      )
    ).map((row) => row.key)

  it('queues a notification.event where this instance runs no engine, else hands it over', async () => {
    await notifyWithinJob(jobs, event('queued'))
    expect(await queuedKeys()).toEqual(['queued'])

    const handled: string[] = []
    runNotificationEventsHere(jobs, async (told) => {
      handled.push(told.eventKey)
    })
    await notifyWithinJob(jobs, event('in-run'))
    expect(handled).toEqual(['in-run'])
    expect(await queuedKeys()).toEqual(['queued'])
  })

  it('lets the engine’s failure reach the producer’s job, which pg-boss then retries', async () => {
    runNotificationEventsHere(jobs, async () => {
      throw new Error('database gone')
    })
    await expect(notifyWithinJob(jobs, event('failing'))).rejects.toThrow('database gone')
  })
})
