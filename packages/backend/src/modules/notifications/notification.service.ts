import type { NotificationPage } from '@yektayar/shared'
import { AppError, type Locale } from '../../lib/app-error.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { findRecipient } from '../users/recipient.service.ts'
import { publishReadCount } from './in-app-publisher.ts'
import {
  countUnread,
  listNotificationRows,
  markAllNotificationsRead,
  markNotificationRead,
} from './notification.repository.ts'
import type { NotificationDeps } from './notification-deps.ts'
import { notificationViewOf } from './notification-view.ts'

type Deps = Pick<NotificationDeps, 'db' | 'io'>

/** The language the client asks for (Accept-Language), else the one the reader chose. */
async function readerLocale(deps: Deps, userId: string, acceptLanguage = ''): Promise<Locale> {
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? ''
    if (tag.startsWith('fa')) return 'fa'
    if (tag.startsWith('en')) return 'en'
  }
  return (await findRecipient(deps.db, userId))?.locale ?? 'fa'
}

/** The reader's notifications, newest first, keyset-paginated, with the unread count. */
export async function listNotifications(
  deps: Deps,
  userId: string,
  query: { unread?: boolean; cursor?: string; limit: number },
  acceptLanguage: string | undefined,
): Promise<NotificationPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const [rows, unreadCount, locale] = await Promise.all([
    listNotificationRows(deps.db, {
      userId,
      unreadOnly: query.unread === true,
      before,
      limit: query.limit,
    }),
    countUnread(deps.db, userId),
    readerLocale(deps, userId, acceptLanguage),
  ])
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => notificationViewOf(row, locale)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    unreadCount,
  }
}

export function unreadCountOf(deps: Deps, userId: string): Promise<number> {
  return countUnread(deps.db, userId)
}

/** Someone else's notification answers like a missing one. */
export async function markRead(deps: Deps, userId: string, id: string) {
  if (!(await markNotificationRead(deps.db, userId, id))) {
    throw new AppError('NOTIFICATION_NOT_FOUND', 'no such notification of this user')
  }
  return readCountOf(deps, userId)
}

export async function markAllRead(deps: Deps, userId: string) {
  await markAllNotificationsRead(deps.db, userId)
  return readCountOf(deps, userId)
}

async function readCountOf(deps: Deps, userId: string) {
  const unreadCount = await countUnread(deps.db, userId)
  publishReadCount(deps.io, userId, unreadCount)
  return { unreadCount }
}
