import {
  MESSAGE_EDIT_WINDOW_MS,
  type MessageListQuery,
  type SafetyDecision,
  type SendMessageResult,
  type ThreadMessage,
} from '@yektayar/shared'
import { TransactionRollbackError } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { assessPatientText, riskOf } from '../safety/patient-signals.ts'
import {
  advanceReadMarker,
  findMessage,
  findMessageByClientId,
  listMessageRows,
  updateMessageContent,
} from './message.repository.ts'
import { attachAll, attachmentsOf } from './message-attachments.ts'
import { queueMessageDigests } from './message-digest-job.ts'
import { type MessageToSend, type SendOutcome, sendIfAllowed } from './message-send.repository.ts'
import { inBackground, type MessagingDeps } from './messaging-deps.ts'
import { toMessage, toThreadEvent } from './messaging-mappers.ts'
import { publishMessage, publishRead } from './messaging-publisher.ts'
import { departmentRoom } from './messaging-rooms.ts'
import type { ThreadAccessRow } from './thread.repository.ts'
import { requireThreadAccess } from './thread-access.ts'

export interface SendInput {
  /** Left out for a message of attachments only. */
  content?: string
  clientId?: string
  /** The sender's ready, unused attachments (POST /files), all put on the message or none. */
  attachmentIds?: string[]
}

/**
 * Commit first, then broadcast, then answer: whoever hears of a message can fetch it. A client id
 * already used by this sender answers the first message again, with no second row or broadcast.
 * The rate limit is counted before the one-statement send (sendIfAllowed); only a refused send
 * looks at the thread separately, so that refusals keep their order: not found, then an earlier
 * send with this client id, then closed, then the limit.
 */
export async function sendMessage(
  runtime: MessagingDeps,
  auth: AuthContext,
  threadId: string,
  input: SendInput,
  /** The socket that sent it: its acknowledgement carries the message, so no copy goes there. */
  senderSocketId?: string,
): Promise<SendMessageResult> {
  const limited = await runtime.sendLimiter.consume(auth.userId).then(
    () => undefined,
    (error: unknown) => error,
  )
  if (limited) return answerLimitedSend(runtime.db, auth, threadId, input, limited)
  const toSend = { threadId, content: input.content ?? '', clientId: input.clientId ?? null }
  const { outcome, attachments } = input.attachmentIds?.length
    ? await sendWithFiles(runtime.db, auth, toSend, input.attachmentIds)
    : { outcome: await sendIfAllowed(runtime.db, auth, toSend), attachments: [] }
  if (outcome.kind === 'refused') throw new AppError('NOT_FOUND', 'no such thread for this user')
  if (outcome.kind !== 'sent') {
    const earlier = await earlierSend(runtime.db, auth, threadId, input.clientId)
    if (earlier) return earlier
    throw new AppError('THREAD_CLOSED', 'thread is not open')
  }
  const message = toMessage(outcome.message, attachments)
  const participantIds = [...new Set([...outcome.access.participant_ids, auth.userId])]
  announceMessage(runtime, outcome.access, message, participantIds, senderSocketId)
  return { message, duplicate: false, ...(await safetyOfSend(runtime, auth, message)) }
}

/**
 * A patient's words go through the safety module once committed and broadcast (nothing blocks
 * or hides them); a crisis has raised the alert by the time the sender reads `safety`.
 */
export async function safetyOfSend(
  runtime: MessagingDeps,
  auth: AuthContext,
  message: ThreadMessage,
): Promise<{ safety?: SafetyDecision }> {
  if (auth.userType !== 'patient' || !message.content) return {}
  const safety = await assessPatientText(runtime.safety, {
    patientId: auth.userId,
    source: 'message',
    sourceId: message.id,
    text: message.content,
  })
  return { safety }
}

/**
 * The message and its files in one transaction: a file that is not the sender's ready, unused
 * attachment refuses the whole send (FILE_NOT_USABLE) and no message is left behind. A repeated
 * client id has aborted the transaction already; it rolls back and answers `duplicate`.
 */
async function sendWithFiles(db: Db, auth: AuthContext, toSend: MessageToSend, fileIds: string[]) {
  return db
    .transaction(async (tx) => {
      const outcome = await sendIfAllowed(tx, auth, toSend)
      if (outcome.kind === 'duplicate') return tx.rollback()
      if (outcome.kind !== 'sent') return { outcome, attachments: [] }
      const request = { messageId: outcome.message.id, senderId: auth.userId, fileIds }
      return { outcome, attachments: await attachAll(tx, request) }
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error
      const outcome: SendOutcome = { kind: 'duplicate' }
      return { outcome, attachments: [] }
    })
}

/** Over the limit: a retry of a message already sent still gets its first result. */
async function answerLimitedSend(
  db: Db,
  auth: AuthContext,
  threadId: string,
  input: SendInput,
  limited: unknown,
): Promise<SendMessageResult> {
  const access = await requireThreadAccess(db, threadId, auth)
  const earlier = await earlierSend(db, auth, threadId, input.clientId)
  if (earlier) return earlier
  if (access.row.status !== 'open')
    throw new AppError('THREAD_CLOSED', `thread is ${access.row.status}`)
  throw limited
}

/** The first result of a send that used this client id before, if any. */
export async function earlierSend(
  db: Db,
  auth: AuthContext,
  threadId: string | undefined,
  clientId?: string,
) {
  if (!clientId) return undefined
  const existing = await findMessageByClientId(db, auth.userId, clientId)
  if (!existing) return undefined
  if (threadId && existing.thread_id !== threadId) {
    throw new AppError('CLIENT_ID_REUSED', 'other thread')
  }
  const attachments = await attachmentsOf(db, [existing.id])
  const message = toMessage(existing, attachments.get(existing.id))
  // A retry answers the first decision again; the first send raised whatever it had to.
  const safety =
    auth.userType === 'patient' && message.content ? riskOf(message.content) : undefined
  return { message, duplicate: true, ...(safety && { safety }) }
}

/** After commit: the message to its thread, activity to the inbox, digest jobs for who is away. */
export function announceMessage(
  runtime: MessagingDeps,
  row: ThreadAccessRow,
  message: ThreadMessage,
  participantIds: string[],
  senderSocketId?: string,
) {
  publishMessage(runtime.io, 'message:new', message, participantIds, senderSocketId)
  runtime.threadLists.invalidate(participantIds)
  if (row.kind === 'department' && row.category) {
    const thread = { ...row, last_seq: message.seq, last_message_at: message.createdAt }
    runtime.io.to(departmentRoom(row.category)).emit('thread:updated', toThreadEvent(thread))
  }
  const recipients = participantIds.filter((id) => id !== message.senderId)
  inBackground(runtime, queueMessageDigests(runtime, message.threadId, recipients))
}

export async function listMessages(
  db: Db,
  auth: AuthContext,
  threadId: string,
  query: MessageListQuery,
) {
  await requireThreadAccess(db, threadId, auth)
  const rows = await listMessageRows(db, {
    threadId,
    before: query.before,
    after: query.after,
    take: query.limit + 1,
  })
  const more = rows.length > query.limit
  const forward = query.after !== undefined
  // Rows come oldest first; the extra row is the newest when paging forward, the oldest otherwise.
  const page = more ? (forward ? rows.slice(0, query.limit) : rows.slice(1)) : rows
  const edge = forward ? page.at(-1) : page[0]
  const attachments = await attachmentsOf(
    db,
    page.map((row) => row.id),
  )
  return {
    items: page.map((row) => toMessage(row, attachments.get(row.id))),
    nextCursor: more && edge ? String(edge.seq) : null,
  }
}

export async function editMessage(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { threadId: string; messageId: string },
  content: string,
): Promise<ThreadMessage> {
  const access = await requireThreadAccess(runtime.db, target.threadId, auth)
  const existing = await findMessage(runtime.db, target.threadId, target.messageId)
  if (!existing) throw new AppError('NOT_FOUND', 'no such message in this thread')
  if (existing.sender_id !== auth.userId || existing.is_system) {
    throw new AppError('FORBIDDEN', 'only the author edits a message')
  }
  if (existing.age_ms > MESSAGE_EDIT_WINDOW_MS) throw new AppError('MESSAGE_EDIT_EXPIRED')
  const row = await updateMessageContent(runtime.db, target.messageId, content)
  if (!row) throw new AppError('NOT_FOUND', 'message vanished while editing')
  const attachments = await attachmentsOf(runtime.db, [row.id])
  const message = toMessage(row, attachments.get(row.id))
  publishMessage(runtime.io, 'message:updated', message, access.row.participant_ids)
  runtime.threadLists.invalidate(access.row.participant_ids)
  await safetyOfSend(runtime, auth, message)
  return message
}

/**
 * Moves my read marker and, when it moved, tells the thread (after the update committed); a
 * staff member reading a thread they are not in changes nothing.
 */
export async function markRead(
  runtime: MessagingDeps,
  auth: AuthContext,
  threadId: string,
  messageId?: string,
) {
  const { db } = runtime
  const { row, isParticipant } = await requireThreadAccess(db, threadId, auth)
  let seq = Number(row.last_seq)
  if (messageId) {
    const message = await findMessage(db, threadId, messageId)
    if (!message) throw new AppError('NOT_FOUND', 'no such message in this thread')
    seq = Number(message.seq)
  }
  const marker = isParticipant
    ? await advanceReadMarker(db, { threadId, userId: auth.userId, seq })
    : undefined
  const lastReadSeq = Number(marker?.last_read_seq ?? row.my_last_read_seq ?? 0)
  const lastReadAt = marker?.last_read_at ?? null
  if (marker) runtime.threadLists.invalidate([auth.userId])
  if (marker?.advanced) {
    const event = { threadId, userId: auth.userId, lastReadSeq, lastReadAt }
    publishRead(runtime.io, event, row.participant_ids)
  }
  return {
    threadId,
    lastReadSeq,
    lastReadAt,
    unreadCount: Math.max(Number(row.last_seq) - lastReadSeq, 0),
  }
}
