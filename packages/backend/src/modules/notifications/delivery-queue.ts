import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import {
  NOTIFICATION_DELIVER_JOB,
  type NotificationDeliverJob,
} from '../../jobs/notification-event.ts'
import { requeueFailed, reviveStaleDeliveries } from './delivery.repository.ts'
import type { NotificationDeps } from './notification-deps.ts'

/**
 * One notification.deliver job for a delivery, run no earlier than `startAfter`. A job run
 * twice, or two jobs for one delivery, are harmless: the worker's claim lets one through.
 */
export async function queueDelivery(
  jobs: JobQueue | undefined,
  deliveryId: string,
  startAfter?: Date,
): Promise<void> {
  await jobs?.send<NotificationDeliverJob>(
    NOTIFICATION_DELIVER_JOB,
    { deliveryId },
    startAfter ? { startAfter } : {},
  )
}

/**
 * An admin's retry of a failed delivery: back to pending, due now, with a fresh round of
 * attempts. False when the delivery is unknown or not failed.
 */
export async function retryDelivery(
  db: Db,
  jobs: JobQueue | undefined,
  deliveryId: string,
): Promise<boolean> {
  if (!(await requeueFailed(db, deliveryId))) return false
  await queueDelivery(jobs, deliveryId)
  return true
}

/**
 * Puts back in line what a crash left behind: deliveries stuck 'sending' past the lease are
 * re-sent with the same delivery id (providers that take an idempotency key drop the repeat),
 * and pending ones whose job was lost get a new job.
 */
export async function sweepDeliveries(deps: NotificationDeps): Promise<number> {
  const ids = await reviveStaleDeliveries(deps.db, deps.now(), deps.delivery.sendingLeaseMs)
  for (const id of ids) await queueDelivery(deps.jobs, id)
  return ids.length
}
