import {
  NOTIFICATION_DELIVER_JOB,
  NOTIFICATION_EVENT_JOB,
  type NotificationDeliverJob,
  type NotificationEvent,
} from '../../jobs/notification-event.ts'
import { sweepDeliveries } from './delivery-queue.ts'
import { deliverNotice } from './delivery-worker.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

export const DELIVERY_SWEEP_JOB = 'notification.sweep'

/**
 * The engine's workers on whichever instances run jobs: events become notifications and
 * deliveries, deliveries go out, and every minute the sweeper revives what a crash left behind.
 * A failing item fails its batch, which pg-boss retries; every step is idempotent.
 */
export async function registerNotificationJobs(deps: NotificationDeps): Promise<void> {
  const jobs = deps.jobs
  if (!jobs) return
  await jobs.work<NotificationEvent>(NOTIFICATION_EVENT_JOB, async (batch) => {
    await Promise.all(batch.map((job) => handleNotificationEvent(deps, job.data)))
  })
  await jobs.work<NotificationDeliverJob>(NOTIFICATION_DELIVER_JOB, async (batch) => {
    await Promise.all(batch.map((job) => deliverNotice(deps, job.data.deliveryId)))
  })
  await jobs.work(DELIVERY_SWEEP_JOB, async () => {
    await sweepDeliveries(deps)
  })
  await jobs.boss.schedule(DELIVERY_SWEEP_JOB, '* * * * *')
}
