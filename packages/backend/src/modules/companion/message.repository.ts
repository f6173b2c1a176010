import { randomUUID } from 'node:crypto'
import { and, desc, eq, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { companionMessages } from '../../db/schema/index.ts'
import { toTextArray } from '../../db/sql-query.ts'
import type { PageAfter } from './conversation.repository.ts'

export type MessageRow = typeof companionMessages.$inferSelect
type NewMessage = typeof companionMessages.$inferInsert

const m = companionMessages
const millis = sql`date_trunc('milliseconds', ${m.createdAt})`

/**
 * The person's message and the reply row answering it, in one statement (atomic like a
 * transaction, one round trip instead of four before the first word): the message's id is made
 * here so the reply can point at it; the reference is checked at the statement's end.
 */
export async function insertExchange(
  db: Db,
  message: NewMessage,
  reply: Omit<NewMessage, 'replyToId' | 'conversationId' | 'role'>,
): Promise<{ message: MessageRow; reply: MessageRow }> {
  const id = randomUUID()
  const rows = await db
    .insert(m)
    .values([
      { ...message, id },
      {
        ...reply,
        conversationId: message.conversationId,
        role: 'assistant',
        replyToId: id,
        // One statement's rows can share a millisecond: the reply is ordered after its message.
        createdAt: sql`date_trunc('milliseconds', clock_timestamp()) + interval '1 millisecond'`,
      },
    ])
    .returning()
  const userRow = rows.find((row) => row.id === id)
  const replyRow = rows.find((row) => row.replyToId === id)
  if (!userRow || !replyRow) throw new Error('exchange insert returned no rows')
  return { message: userRow, reply: replyRow }
}

/** A send retried with its client id: the first message and its reply. */
export async function findExchangeByClientId(db: Db, conversationId: string, clientId: string) {
  const [message] = await db
    .select()
    .from(m)
    .where(and(eq(m.conversationId, conversationId), eq(m.clientMessageId, clientId)))
  if (!message) return undefined
  const [reply] = await db.select().from(m).where(eq(m.replyToId, message.id))
  return reply ? { message, reply } : undefined
}

export async function findMessage(db: Db, conversationId: string, id: string) {
  const [row] = await db
    .select()
    .from(m)
    .where(and(eq(m.id, id), eq(m.conversationId, conversationId)))
  return row
}

export function listMessages(
  db: Db,
  conversationId: string,
  page: { after?: PageAfter; limit: number },
) {
  const after = page.after
    ? sql`(${millis}, ${m.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)`
    : undefined
  return db
    .select()
    .from(m)
    .where(and(eq(m.conversationId, conversationId), after))
    .orderBy(desc(millis), desc(m.id))
    .limit(page.limit + 1)
}

/** The latest `limit` messages, oldest first: the context of the next reply. */
export async function recentMessages(db: Db, conversationId: string, limit: number) {
  const rows = await db
    .select({ role: m.role, content: m.content, status: m.status })
    .from(m)
    .where(eq(m.conversationId, conversationId))
    .orderBy(desc(millis), desc(m.id))
    .limit(limit)
  return rows.reverse()
}

/**
 * What streaming replies have so far, saved while they stream: one statement for all of them,
 * so 200 replies on an instance cost one round trip and one commit a second, not 200. A reply
 * already stored as it ended is left alone.
 */
export async function saveStreamingContents(db: Db, replies: ReadonlyMap<string, string>) {
  if (replies.size === 0) return
  // Two array parameters, not a (id, content) pair per reply: at 200 streams, building 400
  // parameters a second through Drizzle held the event loop the streams need.
  await db.execute(sql`
    UPDATE ${m} SET content = saved.content
    FROM unnest(${toTextArray([...replies.keys()])}::uuid[], ${toTextArray([...replies.values()])}::text[])
      AS saved (id, content)
    WHERE ${m.id} = saved.id AND ${m.status} = 'streaming'
  `)
}

export async function finishReply(
  db: Db,
  id: string,
  values: Pick<MessageRow, 'content' | 'status' | 'kind' | 'replacedReason' | 'unavailableReason'>,
): Promise<MessageRow> {
  const [row] = await db
    .update(m)
    .set({ ...values, completedAt: sql`now()` })
    .where(eq(m.id, id))
    .returning()
  if (!row) throw new Error('finished reply not found')
  return row
}

/**
 * Replies still `streaming` long after any could (an instance stopped mid-reply): stopped, with
 * what was saved, so the conversation takes messages again.
 */
export async function stopAbandonedReplies(db: Db, conversationId: string, before: Date) {
  return db
    .update(m)
    .set({ status: 'stopped', completedAt: sql`now()` })
    .where(
      and(eq(m.conversationId, conversationId), eq(m.status, 'streaming'), lt(m.createdAt, before)),
    )
    .returning({ id: m.id })
}

export async function hasStreamingReply(db: Db, conversationId: string) {
  const [row] = await db
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.conversationId, conversationId), eq(m.status, 'streaming')))
  return row?.id
}
