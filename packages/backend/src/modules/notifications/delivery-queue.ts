import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import {
  NOTIFICATION_DELIVER_JOB,
  type NotificationDeliverJob,
} from '../../jobs/notification-event.ts'

/**
 * Puts a failed delivery back in line (an admin's retry): pending, due now, its last error kept
 * for the log until the next attempt replaces it. One UPDATE … WHERE status = 'failed', so two
 * clicks (or two admins) re-queue it once. False when the delivery was not failed (or is unknown).
 */
export async function retryDelivery(
  db: Db,
  jobs: JobQueue | undefined,
  deliveryId: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE notification_deliveries
        SET status = 'pending', next_try_at = now(), updated_at = now()
        WHERE id = ${deliveryId} AND status = 'failed'
        RETURNING id`,
  )
  if (rows.length === 0) return false
  // Without a queue (an app built without jobs) the row still waits, due now (next_try_at).
  await jobs?.send<NotificationDeliverJob>(NOTIFICATION_DELIVER_JOB, { deliveryId })
  return true
}
