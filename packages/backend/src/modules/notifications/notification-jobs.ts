import {
  NOTIFICATION_DELIVER_JOB,
  NOTIFICATION_EVENT_JOB,
  NOTIFICATION_WITHDRAW_JOB,
  type NotificationDeliverJob,
  type NotificationEvent,
  type NotificationWithdrawal,
  runNotificationEventsHere,
} from '../../jobs/notification-event.ts'
import { runBatch } from '../../jobs/run-batch.ts'
import { withdrawWaiting } from './delivery.repository.ts'
import { sweepDeliveries } from './delivery-queue.ts'
import { deliverNotice } from './delivery-worker.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

const DELIVERY_SWEEP_JOB = 'notification.sweep'

/**
 * pg-boss waits its polling interval between fetches even when a batch came back full, so a
 * burst (thousands of reminders due in one minute) needs large batches, run a few at a time.
 */
const BATCH_SIZE = 100
const PARALLEL_PER_BATCH = 8

/**
 * The engine's workers on whichever instances run jobs: events become notifications and
 * deliveries, deliveries go out, and every minute the sweeper revives what a crash left behind.
 */
export async function registerNotificationJobs(deps: NotificationDeps): Promise<void> {
  const jobs = deps.jobs
  if (!jobs) return
  runNotificationEventsHere(jobs, (event) => handleNotificationEvent(deps, event))
  await jobs.work<NotificationEvent>(
    NOTIFICATION_EVENT_JOB,
    (batch) =>
      runBatch(batch, PARALLEL_PER_BATCH, (job) => handleNotificationEvent(deps, job.data)),
    { batchSize: BATCH_SIZE },
  )
  await jobs.work<NotificationDeliverJob>(
    NOTIFICATION_DELIVER_JOB,
    (batch) =>
      runBatch(batch, PARALLEL_PER_BATCH, (job) => deliverNotice(deps, job.data.deliveryId)),
    { batchSize: BATCH_SIZE },
  )
  await jobs.work<NotificationWithdrawal>(NOTIFICATION_WITHDRAW_JOB, (batch) =>
    runBatch(batch, PARALLEL_PER_BATCH, async ({ data }) => {
      await withdrawWaiting(deps.db, data.recipientId, data.eventKeyPrefix)
    }),
  )
  await jobs.work(DELIVERY_SWEEP_JOB, async () => {
    await sweepDeliveries(deps)
  })
  await jobs.boss.schedule(DELIVERY_SWEEP_JOB, '* * * * *')
}
