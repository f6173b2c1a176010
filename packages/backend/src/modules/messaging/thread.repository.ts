import type { ParticipantRole, ThreadKind, ThreadStatus } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRows, queryRowsPrepared, toTextArray } from '../../db/sql-query.ts'
import { avatarUrlOf, displayNameOf } from '../users/display-name-sql.ts'

/** One thread as the list, the inbox and the details show it, from one person's point of view. */
export interface ThreadSummaryRow {
  id: string
  kind: ThreadKind
  title: string | null
  category: string | null
  status: ThreadStatus
  assignee_id: string | null
  created_at: string
  updated_at: string
  last_message_at: string
  last_seq: number
  unread_count: number
  lm_id: string | null
  lm_sender_id: string | null
  lm_preview: string | null
  lm_is_system: boolean | null
  lm_created_at: string | null
  cp_id: string | null
  cp_type: string | null
  cp_name: string | null
  cp_avatar_url: string | null
}

/** The thread columns a summary needs, plus my read marker (null when I am not a participant). */
const PAGE_COLUMNS = sql.raw(`t.id, t.kind, t.title, t.category, t.status, t.assignee_id,
  t.created_at, t.updated_at, t.last_message_at, t.last_seq, t.direct_key,
  t.created_by`)

/**
 * The other person of a thread, without looking at its participants: the other half of a direct
 * thread's `direct_key` ("<patient id>:<psychologist id>"), or a department thread's creator
 * (its owner) when that is not me.
 */
function counterpartIdOf(userId: string): SQL {
  return sql`(CASE
    WHEN t.kind = 'direct' AND split_part(t.direct_key, ':', 1) = ${userId}::text
      THEN split_part(t.direct_key, ':', 2)
    WHEN t.kind = 'direct' THEN split_part(t.direct_key, ':', 1)
    WHEN t.created_by <> ${userId}::uuid THEN t.created_by::text
  END)::uuid`
}

/**
 * `page` selects at most one page of threads (PAGE_COLUMNS and `my_last_read_seq`) in `order`;
 * the outer query adds, for those rows only, the last message preview, my unread count and the
 * other person. Two unique-index look-ups per row, so the list costs the same with a million
 * messages as with ten. The preview is the message at `last_seq`, the counter unread counts
 * already trust, rather than a second pointer to keep in step: every writer numbers messages
 * (the unique (thread_id, seq) index insists), while a pointer written in the same statement
 * as the message can silently miss (a data-modifying CTE does not see rows another CTE of its
 * statement inserted), which left seeded threads showing "no messages yet".
 */
function summariesOf(userId: string, page: SQL, order: SQL): SQL {
  return sql`
    WITH page AS (${page})
    SELECT t.id, t.kind, t.title, t.category, t.status, t.assignee_id,
      ${isoOf('t.created_at')} AS created_at, ${isoOf('t.updated_at')} AS updated_at,
      ${isoOf('t.last_message_at')} AS last_message_at, t.last_seq AS last_seq,
      GREATEST(t.last_seq - COALESCE(t.my_last_read_seq, 0), 0) AS unread_count,
      m.id AS lm_id, m.sender_id AS lm_sender_id, left(m.content, 160) AS lm_preview,
      m.is_system AS lm_is_system, ${isoOf('m.created_at')} AS lm_created_at,
      cp.id AS cp_id, cp.type AS cp_type, ${displayNameOf('cp')} AS cp_name,
      ${avatarUrlOf('cp')} AS cp_avatar_url
    FROM page t
    LEFT JOIN messages m ON m.thread_id = t.id AND m.seq = t.last_seq
    LEFT JOIN users cp ON cp.id = ${counterpartIdOf(userId)}
    ORDER BY ${order}`
}

export interface ThreadListFilter {
  userId: string
  status?: ThreadStatus
  after?: { at: string; id: string }
  limit: number
}

const NEWEST_FIRST = sql`t.last_message_at DESC, t.id DESC`

/** Threads I take part in, newest activity first. */
export function listParticipantThreads(db: Db, filter: ThreadListFilter) {
  const status = filter.status ? sql`t.status = ${filter.status}` : sql`t.status <> 'archived'`
  const after = filter.after
    ? sql`AND (t.last_message_at, t.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`
    : sql``
  const page = sql`
    SELECT ${PAGE_COLUMNS}, p.last_read_seq AS my_last_read_seq
    FROM thread_participants p JOIN message_threads t ON t.id = p.thread_id
    WHERE p.user_id = ${filter.userId} AND ${status} ${after}
    ORDER BY ${NEWEST_FIRST} LIMIT ${filter.limit}`
  return queryRowsPrepared<ThreadSummaryRow>(db, summariesOf(filter.userId, page, NEWEST_FIRST))
}

export interface InboxFilter {
  userId: string
  categories: string[]
  status: ThreadStatus
  assigned: 'any' | 'unassigned' | 'mine'
  after?: { assigned: boolean; at: string; id: string }
  limit: number
}

/** Department threads of the given departments: unassigned first, then newest activity first. */
export function listInboxThreads(db: Db, filter: InboxFilter) {
  const assigned = {
    any: sql``,
    unassigned: sql`AND t.assignee_id IS NULL`,
    mine: sql`AND t.assignee_id = ${filter.userId}`,
  }[filter.assigned]
  const flag = sql`(t.assignee_id IS NOT NULL)::int`
  const cursorFlag = filter.after?.assigned ? 1 : 0
  const after = filter.after
    ? sql`AND (${flag} > ${cursorFlag} OR (${flag} = ${cursorFlag} AND
        (t.last_message_at, t.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)))`
    : sql``
  const order = sql`${flag}, ${NEWEST_FIRST}`
  const page = sql`
    SELECT ${PAGE_COLUMNS}, me.last_read_seq AS my_last_read_seq FROM message_threads t
    LEFT JOIN thread_participants me ON me.thread_id = t.id AND me.user_id = ${filter.userId}
    WHERE t.kind = 'department' AND t.category = ANY(${toTextArray(filter.categories)}::text[])
      AND t.status = ${filter.status} ${assigned} ${after}
    ORDER BY ${order} LIMIT ${filter.limit}`
  return queryRowsPrepared<ThreadSummaryRow>(db, summariesOf(filter.userId, page, order))
}

export async function findThreadSummary(db: Db, threadId: string, userId: string) {
  const page = sql`
    SELECT ${PAGE_COLUMNS}, me.last_read_seq AS my_last_read_seq FROM message_threads t
    LEFT JOIN thread_participants me ON me.thread_id = t.id AND me.user_id = ${userId}
    WHERE t.id = ${threadId}`
  const [row] = await queryRowsPrepared<ThreadSummaryRow>(
    db,
    summariesOf(userId, page, NEWEST_FIRST),
  )
  return row
}

/** What deciding who may read, post in or manage a thread needs, in one round trip. */
export interface ThreadAccessRow {
  id: string
  kind: ThreadKind
  category: string | null
  status: ThreadStatus
  assignee_id: string | null
  title: string | null
  last_seq: number
  last_message_at: string
  updated_at: string
  my_role: ParticipantRole | null
  my_last_read_seq: number | null
  in_department: boolean
  participant_ids: string[]
}

/** A thread and this user's standing in it: what `accessOf` decides from (one row or none). */
function accessQueryWhere(userId: string, thread: SQL): SQL {
  return sql`
    SELECT t.id, t.kind, t.category, t.status, t.assignee_id, t.title, t.last_seq AS last_seq,
      ${isoOf('t.last_message_at')} AS last_message_at, ${isoOf('t.updated_at')} AS updated_at,
      p.role AS my_role, p.last_read_seq AS my_last_read_seq,
      EXISTS (SELECT 1 FROM department_staff d WHERE d.department = t.category AND d.user_id = ${userId})
        AS in_department,
      ARRAY(SELECT tp.user_id::text FROM thread_participants tp WHERE tp.thread_id = t.id) AS participant_ids
    FROM message_threads t
    LEFT JOIN thread_participants p ON p.thread_id = t.id AND p.user_id = ${userId}
    WHERE t.id = ${thread}`
}

export const threadAccessQuery = (threadId: string, userId: string): SQL =>
  accessQueryWhere(userId, sql`${threadId}`)

/** The thread a message is in, as `findThreadAccess` gives it: one round trip for a download. */
export async function findMessageThreadAccess(db: Db, messageId: string, userId: string) {
  const thread = sql`(SELECT m.thread_id FROM messages m WHERE m.id = ${messageId})`
  const [row] = await queryRowsPrepared<ThreadAccessRow>(db, accessQueryWhere(userId, thread))
  return row
}

export async function findThreadAccess(db: Db, threadId: string, userId: string) {
  const [row] = await queryRowsPrepared<ThreadAccessRow>(db, threadAccessQuery(threadId, userId))
  return row
}

export interface ParticipantRow {
  id: string
  type: string
  display_name: string
  avatar_url: string | null
  role: ParticipantRole
  joined_at: string
  last_read_seq: number
  last_read_at: string | null
}

export function listParticipants(db: Db, threadId: string) {
  return queryRowsPrepared<ParticipantRow>(
    db,
    sql`
      SELECT u.id, u.type, ${displayNameOf('u')} AS display_name,
        ${avatarUrlOf('u')} AS avatar_url, p.role,
        ${isoOf('p.joined_at')} AS joined_at, p.last_read_seq AS last_read_seq,
        ${isoOf('p.last_read_at')} AS last_read_at
      FROM thread_participants p JOIN users u ON u.id = p.user_id
      WHERE p.thread_id = ${threadId} ORDER BY p.joined_at, u.id`,
  )
}

/** Everyone who shares at least one thread with this user: who hears of their presence. */
export async function findContactIds(db: Db, userId: string): Promise<string[]> {
  const rows = await queryRowsPrepared<{ user_id: string }>(
    db,
    sql`
      SELECT DISTINCT other.user_id::text AS user_id
      FROM thread_participants mine
      JOIN thread_participants other ON other.thread_id = mine.thread_id
      WHERE mine.user_id = ${userId} AND other.user_id <> ${userId}`,
  )
  return rows.map((row) => row.user_id)
}

/** Of these threads, the ones this user may not read as a participant or department staff. */
export async function findThreadsWithoutAccess(
  db: Db,
  userId: string,
  threadIds: string[],
): Promise<string[]> {
  const readable = new Set(
    await idsAmong(
      db,
      threadIds,
      (ids) => sql`
      SELECT t.id::text AS id FROM message_threads t
      WHERE t.id = ANY(${ids}) AND (
        EXISTS (SELECT 1 FROM thread_participants p WHERE p.thread_id = t.id AND p.user_id = ${userId})
        OR (t.kind = 'department' AND EXISTS (
          SELECT 1 FROM department_staff d WHERE d.department = t.category AND d.user_id = ${userId})))`,
    ),
  )
  return threadIds.filter((id) => !readable.has(id))
}

/** Of these users, the ones who may read this thread as a participant or department staff. */
export async function findUsersWithAccess(
  db: Db,
  threadId: string,
  userIds: string[],
): Promise<string[]> {
  return idsAmong(
    db,
    userIds,
    (ids) => sql`
      SELECT candidate.user_id::text AS id
      FROM unnest(${ids}) AS candidate(user_id)
      JOIN message_threads t ON t.id = ${threadId}
      WHERE EXISTS (
          SELECT 1 FROM thread_participants p WHERE p.thread_id = t.id AND p.user_id = candidate.user_id)
        OR (t.kind = 'department' AND EXISTS (
          SELECT 1 FROM department_staff d
          WHERE d.department = t.category AND d.user_id = candidate.user_id))`,
  )
}

/**
 * The `id` column of a query about some ids, which it gets as one uuid[] parameter; no ids, no
 * query (and no empty array to type).
 */
export async function idsAmong(
  db: Db,
  ids: string[],
  query: (idArray: SQL) => SQL,
): Promise<string[]> {
  if (ids.length === 0) return []
  const rows = await queryRows<{ id: string }>(db, query(sql`${toTextArray(ids)}::uuid[]`))
  return rows.map((row) => row.id)
}
