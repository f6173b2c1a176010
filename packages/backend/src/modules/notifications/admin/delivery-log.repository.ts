import type { DeliveryStatus, NotificationCategory, NotificationChannel } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../../db/database.ts'
import { isoOf, queryRows } from '../../../db/sql-query.ts'

export interface DeliveryRow {
  id: string
  notification_id: string
  user_id: string
  category: NotificationCategory
  channel: NotificationChannel
  status: DeliveryStatus
  attempts: number
  provider_message_id: string | null
  error: string | null
  next_try_at: string | null
  sent_at: string | null
  created_at: string
}

export interface DeliveryFilter {
  userId?: string
  channel?: NotificationChannel
  status?: DeliveryStatus
  before?: { createdAt: Date; id: string }
  limit: number
}

/**
 * The log, newest first, keyset-paged on (created_at, id). Only the notification's category is
 * joined in, never its title or body: what someone was told may be personal.
 */
export function listDeliveryRows(db: Db, filter: DeliveryFilter): Promise<DeliveryRow[]> {
  const conditions: SQL[] = [sql`TRUE`]
  if (filter.userId) conditions.push(sql`d.user_id = ${filter.userId}`)
  if (filter.channel) conditions.push(sql`d.channel = ${filter.channel}`)
  if (filter.status) conditions.push(sql`d.status = ${filter.status}`)
  if (filter.before) {
    conditions.push(sql`(date_trunc('milliseconds', d.created_at), d.id) <
      (${filter.before.createdAt.toISOString()}::timestamptz, ${filter.before.id}::uuid)`)
  }
  return queryRows<DeliveryRow>(
    db,
    sql`SELECT d.id, d.notification_id, d.user_id, n.category, d.channel, d.status, d.attempts,
          d.provider_message_id, d.error, ${isoOf('d.next_try_at')} AS next_try_at,
          ${isoOf('d.sent_at')} AS sent_at, ${isoOf('d.created_at')} AS created_at
        FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY date_trunc('milliseconds', d.created_at) DESC, d.id DESC
        LIMIT ${filter.limit + 1}`,
  )
}

export async function deliveryExists(db: Db, id: string): Promise<boolean> {
  const rows = await queryRows(db, sql`SELECT 1 FROM notification_deliveries WHERE id = ${id}`)
  return rows.length > 0
}
