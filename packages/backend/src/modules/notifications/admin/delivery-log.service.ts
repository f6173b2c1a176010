import type { Delivery, DeliveryPage, DeliveryStatus, NotificationChannel } from '@yektayar/shared'
import { AppError } from '../../../lib/app-error.ts'
import type { AuthContext } from '../../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../../lib/cursor.ts'
import type { RequestMeta } from '../../../lib/request-meta.ts'
import { recordAudit } from '../../audit/audit.service.ts'
import { retryDelivery } from '../delivery-queue.ts'
import { type DeliveryRow, deliveryExists, listDeliveryRows } from './delivery-log.repository.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

export interface DeliveryLogQuery {
  userId?: string
  channel?: NotificationChannel
  status?: DeliveryStatus
  cursor?: string
  limit: number
}

export async function listDeliveries(
  deps: NotificationAdminDeps,
  query: DeliveryLogQuery,
): Promise<DeliveryPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listDeliveryRows(deps.db, { ...query, before })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(toDelivery),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  }
}

/** A failed delivery goes back in line; anything else is left alone (409), unknown is 404. */
export async function retryFailedDelivery(
  deps: NotificationAdminDeps,
  actor: AuthContext,
  id: string,
  meta: RequestMeta,
): Promise<void> {
  if (!(await retryDelivery(deps.db, deps.jobs, id))) {
    if (!(await deliveryExists(deps.db, id))) {
      throw new AppError('DELIVERY_NOT_FOUND', 'no such delivery')
    }
    throw new AppError('DELIVERY_NOT_RETRYABLE', 'not failed')
  }
  await recordAudit(deps.db, {
    userId: actor.userId,
    action: 'notification_deliveries.retried',
    resource: 'notification_delivery',
    resourceId: id,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    notificationId: row.notification_id,
    userId: row.user_id,
    category: row.category,
    channel: row.channel,
    status: row.status,
    attempts: Number(row.attempts),
    providerMessageId: row.provider_message_id,
    error: row.error,
    nextTryAt: row.next_try_at,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  }
}
