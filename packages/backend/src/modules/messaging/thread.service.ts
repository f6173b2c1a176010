import type { InboxQuery, ThreadDetails, ThreadListQuery, ThreadSummary } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { EncodedBody } from '../../lib/encoded-body.ts'
import { departmentsAnsweredBy } from './department.service.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toParticipant, toSummary } from './messaging-mappers.ts'
import {
  findContactIds,
  findThreadSummary,
  listInboxThreads,
  listParticipants,
  listParticipantThreads,
  type ThreadSummaryRow,
} from './thread.repository.ts'
import { requireThreadAccess, type ThreadAccess } from './thread-access.ts'
import { decodeThreadCursor, encodeThreadCursor } from './thread-cursor.ts'

function pageOf(rows: ThreadSummaryRow[], limit: number) {
  const items = rows.slice(0, limit).map(toSummary)
  const last = items.at(-1)
  const nextCursor =
    rows.length > limit && last
      ? encodeThreadCursor({
          assigned: last.assigneeId !== null,
          at: last.lastMessageAt,
          id: last.id,
        })
      : null
  return { items, nextCursor }
}

/** My threads, newest activity first, each with its last message and my unread count. */
export async function listMyThreads(
  db: Db,
  auth: AuthContext,
  query: ThreadListQuery,
): Promise<{ items: ThreadSummary[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeThreadCursor(query.cursor) : undefined
  const rows = await listParticipantThreads(db, {
    userId: auth.userId,
    status: query.status,
    after,
    limit: query.limit + 1,
  })
  return pageOf(rows, query.limit)
}

const DEFAULT_PAGE = 20

/**
 * My list as the JSON the API answers, in UTF-8 and compressed on demand. The first page as
 * clients open it (no cursor, no status filter, default size) comes from the cache while fresh.
 */
/**
 * Someone's name, photo or discreet mode changed: the cached lists of everyone who shares a
 * thread with them (where they show as the counterpart) are dropped, here and on other instances.
 */
export async function forgetListsShowing(runtime: MessagingDeps, userId: string): Promise<void> {
  if (!runtime.threadLists.enabled) return
  runtime.threadLists.invalidate(await findContactIds(runtime.db, userId))
}

export async function listMyThreadsJson(
  runtime: MessagingDeps,
  auth: AuthContext,
  query: ThreadListQuery,
): Promise<EncodedBody> {
  const cache = runtime.threadLists
  const cacheable = !query.cursor && !query.status && query.limit === DEFAULT_PAGE
  const cached = cacheable ? cache.get(auth.userId) : undefined
  if (cached) return cached
  const computedFrom = cache.tick()
  const page = await listMyThreads(runtime.db, auth, query)
  const body = new EncodedBody(Buffer.from(JSON.stringify(page)))
  if (cacheable) cache.set(auth.userId, body, computedFrom)
  return body
}

/**
 * The shared inbox of the departments I answer (every department with threads.manage):
 * unassigned threads first, then newest activity first.
 */
export async function listInbox(db: Db, auth: AuthContext, query: InboxQuery) {
  const staff =
    auth.permissions.has('threads.manage') || auth.permissions.has('threads.read.department')
  if (!staff) throw new AppError('FORBIDDEN', 'missing threads.read.department')
  const mine = await departmentsAnsweredBy(db, auth)
  if (query.category && !mine.includes(query.category)) {
    throw new AppError('FORBIDDEN', 'not on the staff of this department')
  }
  const categories = query.category ? [query.category] : mine
  if (categories.length === 0) return { items: [], nextCursor: null }
  const rows = await listInboxThreads(db, {
    userId: auth.userId,
    categories,
    status: query.status,
    assigned: query.assigned,
    after: query.cursor ? decodeThreadCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  })
  return pageOf(rows, query.limit)
}

export async function getThread(db: Db, auth: AuthContext, threadId: string) {
  const access = await requireThreadAccess(db, threadId, auth)
  return threadDetailsOf(db, auth, access)
}

export async function threadDetailsOf(
  db: Db,
  auth: AuthContext,
  access: ThreadAccess,
): Promise<ThreadDetails> {
  const [summary, participants] = await Promise.all([
    findThreadSummary(db, access.row.id, auth.userId),
    listParticipants(db, access.row.id),
  ])
  if (!summary) throw new AppError('NOT_FOUND', 'thread vanished')
  const me = participants.find((participant) => participant.id === auth.userId)
  return {
    ...toSummary(summary),
    participants: participants.map(toParticipant),
    myRole: me?.role ?? null,
    canManage: access.canManage,
  }
}
