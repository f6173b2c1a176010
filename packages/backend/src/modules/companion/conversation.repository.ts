import { and, desc, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { companionConversations, companionMessages, users } from '../../db/schema/index.ts'
import { NOW_MS } from '../../db/sql-query.ts'

export type ConversationRow = typeof companionConversations.$inferSelect

const c = companionConversations
const millis = (column: typeof c.lastActivityAt | typeof c.sharedAt) =>
  sql`date_trunc('milliseconds', ${column})`

export async function insertConversation(
  db: Db,
  values: { userId: string; title: string | null; retention: string },
): Promise<ConversationRow> {
  const [row] = await db.insert(c).values(values).returning()
  if (!row) throw new Error('conversation insert returned no row')
  return row
}

/** The person's own conversation; another person's id finds nothing, like a missing one. */
export async function findOwnConversation(db: Db, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(c)
    .where(and(eq(c.id, id), eq(c.userId, userId)))
  return row
}

export interface PageAfter {
  at: Date
  id: string
}

/** Newest activity first, one row more than `limit` to tell whether another page exists. */
export function listOwnConversations(
  db: Db,
  userId: string,
  page: { after?: PageAfter; limit: number },
) {
  const after = page.after
    ? sql`(${millis(c.lastActivityAt)}, ${c.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)`
    : undefined
  return db
    .select()
    .from(c)
    .where(and(eq(c.userId, userId), after))
    .orderBy(desc(millis(c.lastActivityAt)), desc(c.id))
    .limit(page.limit + 1)
}

export async function updateOwnConversation(
  db: Db,
  userId: string,
  id: string,
  set: Partial<Pick<ConversationRow, 'title' | 'retention' | 'sharedAt'>>,
) {
  const [row] = await db
    .update(c)
    .set(set)
    .where(and(eq(c.id, id), eq(c.userId, userId)))
    .returning()
  return row
}

export async function deleteOwnConversation(db: Db, userId: string, id: string) {
  const rows = await db
    .delete(c)
    .where(and(eq(c.id, id), eq(c.userId, userId)))
    .returning({ id: c.id })
  return rows.length > 0
}

/** A message was written: the conversation moves to the top, titled by its first message. */
export async function touchConversation(db: Db, id: string, firstWords: string) {
  await db
    .update(c)
    .set({ lastActivityAt: NOW_MS, title: sql`coalesce(${c.title}, ${firstWords})` })
    .where(eq(c.id, id))
}

export interface SharedConversationRow extends ConversationRow {
  patientProfile: unknown
}

/** Conversations these patients shared, newest share first. */
export function listSharedConversations(
  db: Db,
  patientIds: string[],
  page: { after?: PageAfter; limit: number },
): Promise<SharedConversationRow[]> {
  if (patientIds.length === 0) return Promise.resolve([])
  const after = page.after
    ? sql`(${millis(c.sharedAt)}, ${c.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)`
    : undefined
  return db
    .select({ ...columnsOf(), patientProfile: users.profile })
    .from(c)
    .innerJoin(users, eq(users.id, c.userId))
    .where(and(inArray(c.userId, patientIds), isNotNull(c.sharedAt), after))
    .orderBy(desc(millis(c.sharedAt)), desc(c.id))
    .limit(page.limit + 1)
}

/** One conversation these patients shared; undefined when it is not shared or not theirs. */
export async function findSharedConversation(db: Db, patientIds: string[], id: string) {
  if (patientIds.length === 0) return undefined
  const [row] = await db
    .select()
    .from(c)
    .where(and(eq(c.id, id), inArray(c.userId, patientIds), isNotNull(c.sharedAt)))
  return row
}

function columnsOf() {
  return {
    id: c.id,
    userId: c.userId,
    title: c.title,
    retention: c.retention,
    sharedAt: c.sharedAt,
    createdAt: c.createdAt,
    lastActivityAt: c.lastActivityAt,
  }
}

/** The person's profile, for the names scrubbed out of what reaches a provider. */
export async function findProfile(db: Db, userId: string): Promise<unknown> {
  const [row] = await db.select({ profile: users.profile }).from(users).where(eq(users.id, userId))
  return row?.profile
}

/**
 * Retention (companion-jobs.ts): in conversations kept for 30 days, messages written before
 * `cutoff` go, and such conversations left empty and idle since then go with them.
 */
export async function deleteExpired(db: Db, cutoff: Date) {
  const expiring = db.select({ id: c.id }).from(c).where(eq(c.retention, 'delete_after_30_days'))
  const messages = await db
    .delete(companionMessages)
    .where(
      and(
        inArray(companionMessages.conversationId, expiring),
        lt(companionMessages.createdAt, cutoff),
      ),
    )
    .returning({ id: companionMessages.id })
  const conversations = await db
    .delete(c)
    .where(
      and(
        eq(c.retention, 'delete_after_30_days'),
        lt(c.lastActivityAt, cutoff),
        sql`NOT EXISTS (SELECT 1 FROM companion_messages m WHERE m.conversation_id = ${c.id})`,
      ),
    )
    .returning({ id: c.id })
  return { messages: messages.length, conversations: conversations.length }
}
