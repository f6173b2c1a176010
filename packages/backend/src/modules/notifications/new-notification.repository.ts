import type { NotificationChannel } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import type { notifications } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'
import type { DeliveryRow } from './delivery.repository.ts'
import type { NotificationRow } from './notification.repository.ts'

type NewNotification = Pick<
  typeof notifications.$inferInsert,
  'userId' | 'eventKey' | 'category' | 'titleFa' | 'titleEn' | 'bodyFa' | 'bodyEn' | 'link'
> & { data: Record<string, unknown>; createdAt: Date }

/**
 * A delivery as it is born: 'sending' (claimed by the run that wrote it, which sends it now),
 * 'pending' (held until `nextTryAt`, for a job) or 'skipped' (it cannot reach the person).
 */
export interface NewDelivery {
  channel: NotificationChannel
  status: 'sending' | 'pending' | 'skipped'
  error: string | null
  nextTryAt: Date
}

export type BornDelivery = Pick<
  DeliveryRow,
  'id' | 'userId' | 'channel' | 'status' | 'attempts'
> & {
  nextTryAt: Date
}

interface Row {
  id: string
  user_id: string
  event_key: string
  category: string
  title_fa: string
  title_en: string
  body_fa: string
  body_en: string
  link: string | null
  data: Record<string, unknown>
  created_at: Date | string
  read_at: Date | string | null
  delivery_id: string
  channel: string
  status: string
  attempts: number
  next_try_at: Date | string
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value))

function deliveryValues(deliveries: NewDelivery[]): SQL {
  const rows = deliveries.map(
    (d) =>
      sql`(${d.channel}::varchar, ${d.status}::varchar, ${d.status === 'sending' ? 1 : 0}::int, ${d.error}::varchar, ${d.nextTryAt.toISOString()}::timestamptz)`,
  )
  return sql.join(rows, sql`, `)
}

/**
 * Writes a notification and its deliveries in one statement (so, atomically, in one round
 * trip: it runs for every person told, thousands a minute in a reminder burst). Undefined when
 * this (person, event) was told already. A delivery born 'sending' counts its attempt and
 * carries the claim's time, so the sweeper revives it after the lease if the run dies.
 */
export async function insertNotificationWithDeliveries(
  db: Db,
  values: NewNotification,
  deliveries: NewDelivery[],
  now: Date,
): Promise<{ notification: NotificationRow; deliveries: BornDelivery[] } | undefined> {
  const rows = await queryRows<Row>(
    db,
    sql`WITH n AS (
      INSERT INTO notifications
        (user_id, event_key, category, title_fa, title_en, body_fa, body_en, link, data, created_at)
      VALUES (${values.userId}::uuid, ${values.eventKey}, ${values.category}, ${values.titleFa},
        ${values.titleEn}, ${values.bodyFa}, ${values.bodyEn}, ${values.link ?? null}::varchar,
        ${JSON.stringify(values.data)}::jsonb, ${values.createdAt.toISOString()}::timestamptz)
      ON CONFLICT (user_id, event_key) DO NOTHING
      RETURNING *
    ), d AS (
      INSERT INTO notification_deliveries
        (notification_id, user_id, channel, status, attempts, error, next_try_at, updated_at)
      SELECT n.id, n.user_id, p.channel, p.status, p.attempts, p.error, p.next_try_at,
        ${now.toISOString()}::timestamptz
      FROM n CROSS JOIN (VALUES ${deliveryValues(deliveries)})
        AS p(channel, status, attempts, error, next_try_at)
      RETURNING id, channel, status, attempts, next_try_at
    )
    SELECT n.*, d.id AS delivery_id, d.channel, d.status, d.attempts, d.next_try_at
    FROM n CROSS JOIN d ORDER BY d.channel`,
  )
  const [first] = rows
  if (!first) return undefined
  return {
    notification: {
      id: first.id,
      userId: first.user_id,
      eventKey: first.event_key,
      category: first.category,
      titleFa: first.title_fa,
      titleEn: first.title_en,
      bodyFa: first.body_fa,
      bodyEn: first.body_en,
      link: first.link,
      data: first.data,
      createdAt: asDate(first.created_at),
      readAt: first.read_at === null ? null : asDate(first.read_at),
    },
    deliveries: rows.map((row) => ({
      id: row.delivery_id,
      userId: row.user_id,
      channel: row.channel,
      status: row.status,
      attempts: row.attempts,
      nextTryAt: asDate(row.next_try_at),
    })),
  }
}
