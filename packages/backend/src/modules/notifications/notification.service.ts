import type { NotificationPage } from '@yektayar/shared'
import { AppError, type Locale } from '../../lib/app-error.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { EncodedBody } from '../../lib/encoded-body.ts'
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

type Deps = Pick<NotificationDeps, 'db' | 'io' | 'listCache'>

/** The page size the web app asks for, and the query's default: the page the cache keeps. */
const DEFAULT_PAGE = 20

/** The language the client asks for (Accept-Language), else the one the reader chose. */
async function readerLocale(deps: Deps, userId: string, acceptLanguage = ''): Promise<Locale> {
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? ''
    if (tag.startsWith('fa')) return 'fa'
    if (tag.startsWith('en')) return 'en'
  }
  return (await findRecipient(deps.db, userId))?.locale ?? 'fa'
}

/** One page of the reader's notifications, newest first, with the unread count. */
async function notificationPageOf(
  deps: Deps,
  userId: string,
  filter: { unreadOnly: boolean; before?: { createdAt: Date; id: string }; limit: number },
  locale: Locale | Promise<Locale>,
): Promise<NotificationPage> {
  const [rows, unreadCount, language] = await Promise.all([
    listNotificationRows(deps.db, { userId, ...filter }),
    countUnread(deps.db, userId),
    locale,
  ])
  const page = rows.slice(0, filter.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => notificationViewOf(row, language)),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    unreadCount,
  }
}

const jsonOf = (page: NotificationPage) => new EncodedBody(Buffer.from(JSON.stringify(page)))

/**
 * The reader's notifications, newest first, keyset-paginated, with the unread count, as the
 * JSON the API answers (UTF-8, compressed on demand). The first page as the web app opens it
 * (no cursor, not only the unread, default size) comes from the cache while fresh, one per
 * language it is rendered in; the bell's list is opened far more often than it changes.
 */
export async function listNotificationsJson(
  deps: Deps,
  userId: string,
  query: { unread?: boolean; cursor?: string; limit: number },
  acceptLanguage: string | undefined,
): Promise<EncodedBody> {
  // Decoded first: a bad cursor answers 400 before any query is started.
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const filter = { unreadOnly: query.unread === true, before, limit: query.limit }
  const locale = readerLocale(deps, userId, acceptLanguage)
  if (before || filter.unreadOnly || filter.limit !== DEFAULT_PAGE) {
    return jsonOf(await notificationPageOf(deps, userId, filter, locale))
  }
  const language = await locale
  const cached = deps.listCache.get(userId, language)
  if (cached) return cached
  const computedFrom = deps.listCache.tick()
  const body = jsonOf(await notificationPageOf(deps, userId, filter, language))
  deps.listCache.set(userId, body, computedFrom, language)
  return body
}

/**
 * Drops the person's cached first pages, here and on every other instance. Whatever changes
 * what their list shows calls it once the change is committed and before their tabs hear of it
 * (they may ask for the list again): the reads below, and the engine once it has written a new
 * notification.
 */
export function forgetListOf(deps: Pick<NotificationDeps, 'listCache'>, userId: string): void {
  deps.listCache.invalidate([userId])
}

export function unreadCountOf(deps: Deps, userId: string): Promise<number> {
  return countUnread(deps.db, userId)
}

/** Someone else's notification answers like a missing one. */
export async function markRead(deps: Deps, userId: string, id: string) {
  if (!(await markNotificationRead(deps.db, userId, id))) {
    throw new AppError('NOTIFICATION_NOT_FOUND', 'no such notification of this user')
  }
  forgetListOf(deps, userId)
  return readCountOf(deps, userId)
}

export async function markAllRead(deps: Deps, userId: string) {
  await markAllNotificationsRead(deps.db, userId)
  forgetListOf(deps, userId)
  return readCountOf(deps, userId)
}

async function readCountOf(deps: Deps, userId: string) {
  const unreadCount = await countUnread(deps.db, userId)
  publishReadCount(deps.io, userId, unreadCount)
  return { unreadCount }
}
