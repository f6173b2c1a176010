import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, NOW_MS, queryRows, queryRowsPrepared } from '../../db/sql-query.ts'

export interface MessageRow {
  id: string
  thread_id: string
  sender_id: string | null
  content: string
  is_system: boolean
  seq: number
  client_id: string | null
  created_at: string
  edited_at: string | null
  /** `metadata.courseRecommendation`, the only metadata a message shows (messaging-mappers.ts). */
  course_recommendation: { courseId: string } | null
}

export const CLIENT_ID_INDEX = 'idx_messages_sender_client_id'

const messageColumns = (alias: string): SQL =>
  sql.raw(`${alias}.id, ${alias}.thread_id, ${alias}.sender_id, ${alias}.content, ${alias}.is_system,
    ${alias}.seq, ${alias}.client_id, ${alias}.metadata -> 'courseRecommendation' AS course_recommendation`)

const messageTimes = (alias: string): SQL =>
  sql`${isoOf(`${alias}.created_at`)} AS created_at, ${isoOf(`${alias}.edited_at`)} AS edited_at`

export async function findMessageByClientId(db: Db, senderId: string, clientId: string) {
  const [row] = await queryRowsPrepared<MessageRow>(
    db,
    sql`SELECT ${messageColumns('m')}, ${messageTimes('m')} FROM messages m
        WHERE m.sender_id = ${senderId} AND m.client_id = ${clientId}`,
  )
  return row
}

export async function findMessage(db: Db, threadId: string, messageId: string) {
  const [row] = await queryRows<MessageRow & { age_ms: number }>(
    db,
    sql`SELECT ${messageColumns('m')}, ${messageTimes('m')},
          (extract(epoch FROM clock_timestamp() - m.created_at) * 1000)::float8 AS age_ms
        FROM messages m WHERE m.id = ${messageId} AND m.thread_id = ${threadId}`,
  )
  return row
}

/** The thread and author of a message, for other modules' access checks (message-access.ts). */
export async function findMessageOrigin(db: Db, messageId: string) {
  const [row] = await queryRows<{
    thread_id: string
    sender_id: string | null
    is_system: boolean
  }>(
    db,
    sql`SELECT m.thread_id, m.sender_id, m.is_system FROM messages m WHERE m.id = ${messageId}`,
  )
  return row
}

export interface MessagePageFilter {
  threadId: string
  before?: number
  after?: number
  /** One more than the page size, to know whether another page follows. */
  take: number
}

/** Newest page, or the page before or after a position; oldest first either way. */
export async function listMessageRows(db: Db, filter: MessagePageFilter): Promise<MessageRow[]> {
  const forward = filter.after !== undefined
  const bound =
    filter.after !== undefined
      ? sql`AND m.seq > ${filter.after}`
      : filter.before !== undefined
        ? sql`AND m.seq < ${filter.before}`
        : sql``
  const rows = await queryRowsPrepared<MessageRow>(
    db,
    sql`SELECT ${messageColumns('m')}, ${messageTimes('m')} FROM messages m
        WHERE m.thread_id = ${filter.threadId} ${bound}
        ORDER BY m.seq ${forward ? sql`ASC` : sql`DESC`} LIMIT ${filter.take}`,
  )
  return forward ? rows : rows.reverse()
}

export async function updateMessageContent(db: Db, messageId: string, content: string) {
  const [row] = await queryRows<MessageRow>(
    db,
    sql`UPDATE messages m SET content = ${content}, edited_at = ${NOW_MS} WHERE m.id = ${messageId}
        RETURNING ${messageColumns('m')}, ${messageTimes('m')}`,
  )
  return row
}

/**
 * Moves my read marker forward to `seq` (never back); no row when I am not a participant.
 * `advanced` says whether it moved, read from the row as it was before this statement.
 */
export async function advanceReadMarker(
  db: Db,
  input: { threadId: string; userId: string; seq: number },
) {
  const [row] = await queryRows<{
    last_read_seq: number
    last_read_at: string | null
    advanced: boolean
  }>(
    db,
    sql`
      UPDATE thread_participants p SET
        last_read_at = CASE WHEN ${input.seq} > p.last_read_seq
          THEN (SELECT m.created_at FROM messages m WHERE m.thread_id = p.thread_id AND m.seq = ${input.seq})
          ELSE p.last_read_at END,
        last_read_seq = GREATEST(p.last_read_seq, ${input.seq})
      FROM thread_participants before
      WHERE p.thread_id = ${input.threadId} AND p.user_id = ${input.userId}
        AND before.thread_id = p.thread_id AND before.user_id = p.user_id
      RETURNING p.last_read_seq, ${isoOf('p.last_read_at')} AS last_read_at,
        p.last_read_seq > before.last_read_seq AS advanced`,
  )
  return row
}
