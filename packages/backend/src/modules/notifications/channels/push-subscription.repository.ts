import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/database.ts'
import { queryRows } from '../../../db/sql-query.ts'

export interface PushSubscriptionRow {
  id: string
  endpoint: string
  p256dh: string
  auth: string
}

export interface NewPushSubscription {
  endpoint: string
  p256dh: string
  auth: string
  userAgent: string | null
}

/**
 * One row per browser endpoint: subscribing again (new keys, or another person signing in on
 * the same browser) moves the endpoint to the caller, so a shared browser only ever shows the
 * notices of whoever subscribed it last.
 */
export async function upsertPushSubscription(
  db: Db,
  userId: string,
  row: NewPushSubscription,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, user_agent)
    VALUES (${userId}, ${row.endpoint}, ${row.p256dh}, ${row.auth}, ${row.userAgent})
    ON CONFLICT (endpoint) DO UPDATE SET
      user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
      user_agent = EXCLUDED.user_agent, created_at = now(), last_success_at = NULL`)
}

/** Keeps a person's newest `keep` subscriptions, so one account cannot pile up endpoints. */
export async function trimPushSubscriptions(db: Db, userId: string, keep: number): Promise<void> {
  await db.execute(sql`
    DELETE FROM push_subscriptions WHERE user_id = ${userId} AND id NOT IN (
      SELECT id FROM push_subscriptions WHERE user_id = ${userId}
      ORDER BY created_at DESC, id DESC LIMIT ${keep})`)
}

export function listPushSubscriptions(db: Db, userId: string): Promise<PushSubscriptionRow[]> {
  return queryRows<PushSubscriptionRow>(
    db,
    sql`SELECT id, endpoint, p256dh, auth FROM push_subscriptions
        WHERE user_id = ${userId} ORDER BY created_at DESC, id DESC`,
  )
}

/** Only the caller's own endpoint; answers how many rows went (0 or 1). */
export async function deleteOwnPushSubscription(
  db: Db,
  userId: string,
  endpoint: string,
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`DELETE FROM push_subscriptions WHERE user_id = ${userId} AND endpoint = ${endpoint}
        RETURNING id`,
  )
  return rows.length
}

export async function deletePushSubscription(db: Db, id: string): Promise<void> {
  await db.execute(sql`DELETE FROM push_subscriptions WHERE id = ${id}`)
}

export async function markPushDelivered(db: Db, id: string): Promise<void> {
  await db.execute(sql`UPDATE push_subscriptions SET last_success_at = now() WHERE id = ${id}`)
}
