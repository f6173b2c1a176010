import { and, eq, inArray, lt, lte, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { notificationDeliveries, notifications } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'

export type DeliveryRow = typeof notificationDeliveries.$inferSelect

const ERROR_MAX = 500

/**
 * Takes a due pending delivery for this worker and records the attempt before the provider is
 * called. The status test in the WHERE makes it atomic: of two workers (or a job run twice)
 * only one gets the row back.
 */
export async function claimDelivery(
  db: Db,
  id: string,
  now: Date,
): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .update(notificationDeliveries)
    .set({
      status: 'sending',
      attempts: sql`${notificationDeliveries.attempts} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(notificationDeliveries.id, id),
        eq(notificationDeliveries.status, 'pending'),
        lte(notificationDeliveries.nextTryAt, now),
      ),
    )
    .returning()
  return row
}

type Outcome =
  | { status: 'sent'; providerMessageId: string | null }
  | { status: 'skipped' | 'failed'; error: string }
  | { status: 'pending'; error: string; nextTryAt: Date }

/**
 * Records what became of a claimed delivery, while it is still this claim (same attempt). A
 * slow provider may outlast the lease and find the row revived to 'pending' by the sweeper:
 * recording the answer then still counts, and the revived job finds nothing left to send.
 */
export async function recordOutcome(
  db: Db,
  claim: Pick<DeliveryRow, 'id' | 'attempts'>,
  outcome: Outcome,
  now: Date,
) {
  await db
    .update(notificationDeliveries)
    .set({
      status: outcome.status,
      updatedAt: now,
      ...(outcome.status === 'sent'
        ? { providerMessageId: outcome.providerMessageId, sentAt: now, error: null }
        : { error: outcome.error.slice(0, ERROR_MAX) }),
      ...(outcome.status === 'pending' ? { nextTryAt: outcome.nextTryAt } : {}),
    })
    .where(
      and(
        eq(notificationDeliveries.id, claim.id),
        eq(notificationDeliveries.attempts, claim.attempts),
        inArray(notificationDeliveries.status, ['sending', 'pending']),
      ),
    )
}

/**
 * Records a claimed in-app delivery sent (on the same terms as recordOutcome) and answers the
 * person's unread count for the badge, in one round trip: it runs for every notice.
 */
export async function recordInAppSent(
  db: Db,
  claim: Pick<DeliveryRow, 'id' | 'attempts' | 'userId'>,
  now: Date,
): Promise<number> {
  const at = now.toISOString()
  const [row] = await queryRows<{ unread: number | string }>(
    db,
    sql`WITH sent AS (
      UPDATE notification_deliveries
      SET status = 'sent', sent_at = ${at}::timestamptz, updated_at = ${at}::timestamptz,
        provider_message_id = NULL, error = NULL
      WHERE id = ${claim.id}::uuid AND attempts = ${claim.attempts}::int
        AND status IN ('sending', 'pending')
    )
    SELECT count(*) AS unread FROM notifications
    WHERE user_id = ${claim.userId}::uuid AND read_at IS NULL`,
  )
  return Number(row?.unread ?? 0)
}

/** A failed delivery back in line with a fresh round of attempts (an admin's retry). */
export async function requeueFailed(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(notificationDeliveries)
    .set({ status: 'pending', attempts: 0, nextTryAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(notificationDeliveries.id, id), eq(notificationDeliveries.status, 'failed')))
    .returning({ id: notificationDeliveries.id })
  return rows.length > 0
}

/**
 * Skips the recipient's deliveries still waiting (quiet hours, a retry) for events whose key
 * starts with the prefix. A delivery being sent right now is past taking back.
 */
export async function withdrawWaiting(db: Db, recipientId: string, eventKeyPrefix: string) {
  const rows = await db
    .update(notificationDeliveries)
    .set({ status: 'skipped', error: 'withdrawn: no longer applies', updatedAt: sql`now()` })
    .where(
      and(
        eq(notificationDeliveries.userId, recipientId),
        eq(notificationDeliveries.status, 'pending'),
        inArray(
          notificationDeliveries.notificationId,
          db
            .select({ id: notifications.id })
            .from(notifications)
            .where(
              and(
                eq(notifications.userId, recipientId),
                sql`starts_with(${notifications.eventKey}, ${eventKeyPrefix})`,
              ),
            ),
        ),
      ),
    )
    .returning({ id: notificationDeliveries.id })
  return rows.length
}

/**
 * Deliveries a crash left behind, made due again: those still 'sending' past the lease (the
 * process died between claiming and recording) and those 'pending' long past their time (their
 * job was lost). Returns their ids for new jobs.
 */
export async function reviveStaleDeliveries(db: Db, now: Date, leaseMs: number) {
  const staleBefore = new Date(now.getTime() - leaseMs)
  const stuck = await db
    .update(notificationDeliveries)
    .set({ status: 'pending', nextTryAt: now, updatedAt: now })
    .where(
      and(
        eq(notificationDeliveries.status, 'sending'),
        lt(notificationDeliveries.updatedAt, staleBefore),
      ),
    )
    .returning({ id: notificationDeliveries.id })
  const lost = await db
    .update(notificationDeliveries)
    .set({ nextTryAt: now, updatedAt: now })
    .where(
      and(
        eq(notificationDeliveries.status, 'pending'),
        lt(notificationDeliveries.nextTryAt, staleBefore),
      ),
    )
    .returning({ id: notificationDeliveries.id })
  return [...stuck, ...lost].map((row) => row.id)
}
