import {
  NOTIFICATION_DELIVER_JOB,
  NOTIFICATION_EVENT_JOB,
  type NotificationDeliverJob,
  type NotificationEvent,
} from '../../jobs/notification-event.ts'
import { concurrencyLimit } from '../../lib/concurrency-limit.ts'
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

async function runBatch<T>(items: T[], handle: (item: T) => Promise<void>): Promise<void> {
  const limited = concurrencyLimit(PARALLEL_PER_BATCH)
  const results = await Promise.allSettled(items.map((item) => limited(() => handle(item))))
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason] : [],
  )
  // pg-boss fails the whole batch and retries it: every step is idempotent, so the ones that
  // went through find their work done.
  if (failures.length > 0)
    throw new AggregateError(failures, `${failures.length} of ${items.length} failed`)
}

/**
 * The engine's workers on whichever instances run jobs: events become notifications and
 * deliveries, deliveries go out, and every minute the sweeper revives what a crash left behind.
 */
export async function registerNotificationJobs(deps: NotificationDeps): Promise<void> {
  const jobs = deps.jobs
  if (!jobs) return
  await jobs.work<NotificationEvent>(
    NOTIFICATION_EVENT_JOB,
    (batch) => runBatch(batch, (job) => handleNotificationEvent(deps, job.data)),
    { batchSize: BATCH_SIZE },
  )
  await jobs.work<NotificationDeliverJob>(
    NOTIFICATION_DELIVER_JOB,
    (batch) => runBatch(batch, (job) => deliverNotice(deps, job.data.deliveryId)),
    { batchSize: BATCH_SIZE },
  )
  await jobs.work(DELIVERY_SWEEP_JOB, async () => {
    await sweepDeliveries(deps)
  })
  await jobs.boss.schedule(DELIVERY_SWEEP_JOB, '* * * * *')
}
