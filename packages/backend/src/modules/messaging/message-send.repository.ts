import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, NOW_MS, queryRowsPrepared } from '../../db/sql-query.ts'
import { Conflict, orConflict } from '../../db/sql-state.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { CLIENT_ID_INDEX, type MessageRow } from './message.repository.ts'
import { type ThreadAccessRow, threadAccessQuery } from './thread.repository.ts'
import { ruleSqlOf } from './thread-access-rule.ts'

export interface MessageToSend {
  threadId: string
  content: string
  clientId: string | null
  /** Written by the server only (message-post.service.ts), never taken from a client. */
  metadata?: MessageMetadata
}

/** What a message may carry beyond its text; `toMessage` shows the course, never the rest. */
export interface MessageMetadata {
  courseRecommendation?: { courseId: string; recommendationId: string }
}

export type SendOutcome =
  /** No such thread, or one this user may not read: answered like a missing one. */
  | { kind: 'refused' }
  /** Readable, but not open (closed or archived, perhaps while sending). */
  | { kind: 'closed'; access: ThreadAccessRow }
  | { kind: 'sent'; access: ThreadAccessRow; message: MessageRow }
  /**
   * This sender already used the client id: nothing was written. Inside a transaction the
   * refused insert has aborted it; the caller must end it before another statement.
   */
  | { kind: 'duplicate' }

type SendRow = ThreadAccessRow & {
  allowed: boolean
  m_id: string | null
  m_sender_id: string | null
  m_content: string
  m_seq: number
  m_client_id: string | null
  m_created_at: string
  m_course_recommendation: { courseId: string } | null
}

/**
 * A send in one statement, so it commits or fails whole and costs one round trip: read the
 * thread and the sender's standing in it, decide access by the rule of thread-access-rule.ts,
 * then, only if allowed and open, take the thread's next `seq` (the row lock orders concurrent
 * sends), insert the message and move the sender's read marker to it. Staff answering a
 * department thread they are not in join it. A repeated client id fails on its unique index,
 * changes nothing and answers `duplicate`.
 */
export async function sendIfAllowed(
  db: Db,
  auth: AuthContext,
  input: MessageToSend,
): Promise<SendOutcome> {
  const id = randomUUID()
  const rule = ruleSqlOf('a', auth)
  const rows = await orConflict(
    queryRowsPrepared<SendRow>(
      db,
      sql`
      WITH access AS (${threadAccessQuery(input.threadId, auth.userId)}
      ), allowed AS (
        SELECT a.id, ${rule.isParticipant} AS is_participant
        FROM access a WHERE ${rule.canRead}
      ), bumped AS (
        UPDATE message_threads t SET last_seq = t.last_seq + 1, last_message_at = ${NOW_MS}
        FROM allowed a WHERE t.id = a.id AND t.status = 'open'
        RETURNING t.last_seq, t.last_message_at, a.is_participant
      ), inserted AS (
        INSERT INTO messages (id, thread_id, sender_id, content, client_id, metadata, seq,
          created_at)
        SELECT ${id}, ${input.threadId}, ${auth.userId}, ${input.content}, ${input.clientId},
          ${JSON.stringify(input.metadata ?? {})}::jsonb, last_seq, last_message_at FROM bumped
        RETURNING *
      ), read_marker AS (
        UPDATE thread_participants p SET last_read_seq = i.seq, last_read_at = i.created_at
        FROM inserted i, bumped b
        WHERE b.is_participant AND p.thread_id = i.thread_id AND p.user_id = i.sender_id
      ), joined AS (
        INSERT INTO thread_participants (thread_id, user_id, role, last_read_seq, last_read_at)
        SELECT i.thread_id, i.sender_id, 'admin', i.seq, i.created_at
        FROM inserted i, bumped b WHERE NOT b.is_participant
        ON CONFLICT (thread_id, user_id)
          DO UPDATE SET last_read_seq = EXCLUDED.last_read_seq, last_read_at = EXCLUDED.last_read_at
      )
      SELECT a.*, EXISTS (SELECT 1 FROM allowed) AS allowed,
        i.id AS m_id, i.sender_id AS m_sender_id, i.content AS m_content, i.seq AS m_seq,
        i.client_id AS m_client_id, ${isoOf('i.created_at')} AS m_created_at,
        i.metadata -> 'courseRecommendation' AS m_course_recommendation
      FROM access a LEFT JOIN inserted i ON true`,
    ),
    'unique',
    CLIENT_ID_INDEX,
  )
  if (rows instanceof Conflict) return { kind: 'duplicate' }
  const [row] = rows
  if (!row?.allowed) return { kind: 'refused' }
  const { allowed, m_id, m_sender_id, m_content, m_seq, m_client_id, m_created_at, ...rest } = row
  const { m_course_recommendation, ...access } = rest
  if (!m_id) return { kind: 'closed', access }
  const message: MessageRow = {
    id: m_id,
    thread_id: access.id,
    sender_id: m_sender_id,
    content: m_content,
    is_system: false,
    seq: m_seq,
    client_id: m_client_id,
    created_at: m_created_at,
    edited_at: null,
    course_recommendation: m_course_recommendation,
  }
  return { kind: 'sent', access, message }
}
