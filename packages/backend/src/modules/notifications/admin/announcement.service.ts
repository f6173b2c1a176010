import type { Announcement, AnnouncementPage, CreateAnnouncementBody } from '@yektayar/shared'
import { AppError } from '../../../lib/app-error.ts'
import type { AuthContext } from '../../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../../lib/cursor.ts'
import type { RequestMeta } from '../../../lib/request-meta.ts'
import { recordAudit } from '../../audit/audit.service.ts'
import {
  cancelScheduled,
  findAnnouncement,
  insertAnnouncement,
  listAnnouncementRows,
} from './announcement.repository.ts'
import { queueAnnouncementSend } from './announcement-send.ts'
import { toAnnouncement } from './announcement-view.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

/** A sendAt this close to now (clock skew, a slow form) still counts as "now", not the past. */
const PAST_TOLERANCE_MS = 60_000

/** Stores the announcement and queues its send for `sendAt` (now when absent). */
export async function createAnnouncement(
  deps: NotificationAdminDeps,
  actor: AuthContext,
  body: CreateAnnouncementBody,
  meta: RequestMeta,
): Promise<Announcement> {
  const now = Date.now()
  const sendAt = body.sendAt ? new Date(body.sendAt) : new Date(now)
  if (sendAt.getTime() < now - PAST_TOLERANCE_MS) {
    throw new AppError('ANNOUNCEMENT_SEND_AT_PAST', 'sendAt is in the past', {
      errors: [{ path: 'body.sendAt', message: 'in the past' }],
    })
  }
  const row = await insertAnnouncement(deps.db, body, sendAt, actor.userId)
  await queueAnnouncementSend(deps, row.id, sendAt)
  await recordAudit(deps.db, {
    userId: actor.userId,
    action: 'announcements.created',
    resource: 'announcement',
    resourceId: row.id,
    changes: { audience: body.audience, sendAt: row.send_at },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  return toAnnouncement(row)
}

export async function listAnnouncements(
  deps: NotificationAdminDeps,
  query: { cursor?: string; limit: number },
): Promise<AnnouncementPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listAnnouncementRows(deps.db, { before, limit: query.limit })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(toAnnouncement),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  }
}

/** Only a scheduled announcement can be cancelled; its queued job then finds it and stops. */
export async function cancelAnnouncement(
  deps: NotificationAdminDeps,
  actor: AuthContext,
  id: string,
  meta: RequestMeta,
): Promise<Announcement> {
  const row = await cancelScheduled(deps.db, id)
  if (!row) {
    const existing = await findAnnouncement(deps.db, id)
    if (!existing) throw new AppError('ANNOUNCEMENT_NOT_FOUND', 'no such announcement')
    throw new AppError('ANNOUNCEMENT_NOT_CANCELLABLE', `status ${existing.status}`)
  }
  await recordAudit(deps.db, {
    userId: actor.userId,
    action: 'announcements.cancelled',
    resource: 'announcement',
    resourceId: id,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  return toAnnouncement(row)
}
