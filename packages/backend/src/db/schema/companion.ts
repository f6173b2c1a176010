import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { users } from './users.ts'

const NOW_MS = sql`date_trunc('milliseconds', now())`

/** The AI companion's conversations (1000_companion.sql): each the person's own. */
export const companionConversations = pgTable(
  'companion_conversations',
  {
    id: idColumn(),
    userId: cascadingRef('user_id', () => users.id),
    title: varchar('title', { length: 120 }),
    retention: varchar('retention', { length: 30 }).notNull().default('keep'),
    sharedAt: instant('shared_at'),
    createdAt: instant('created_at').notNull().default(NOW_MS),
    lastActivityAt: instant('last_activity_at').notNull().default(NOW_MS),
  },
  (t) => [
    index('idx_companion_conversations_user').on(t.userId, t.lastActivityAt.desc(), t.id.desc()),
    index('idx_companion_conversations_shared')
      .on(t.userId, t.sharedAt.desc())
      .where(sql`${t.sharedAt} IS NOT NULL`),
    index('idx_companion_conversations_retention')
      .on(t.retention)
      .where(sql`${t.retention} = 'delete_after_30_days'`),
    check(
      'companion_conversations_retention_check',
      sql`${t.retention} IN ('keep', 'delete_after_30_days')`,
    ),
  ],
)

export const companionMessages = pgTable(
  'companion_messages',
  {
    id: idColumn(),
    conversationId: cascadingRef('conversation_id', () => companionConversations.id),
    role: varchar('role', { length: 10 }).notNull(),
    content: text('content').notNull().default(''),
    status: varchar('status', { length: 20 }).notNull(),
    kind: varchar('kind', { length: 20 }),
    replacedReason: varchar('replaced_reason', { length: 20 }),
    unavailableReason: varchar('unavailable_reason', { length: 20 }),
    safetyLevel: varchar('safety_level', { length: 10 }),
    safetyReasons: text('safety_reasons').array(),
    clientMessageId: uuid('client_message_id'),
    replyToId: uuid('reply_to_id').references((): AnyPgColumn => companionMessages.id, {
      onDelete: 'cascade',
    }),
    createdAt: instant('created_at')
      .notNull()
      .default(sql`date_trunc('milliseconds', clock_timestamp())`),
    completedAt: instant('completed_at'),
  },
  (t) => [
    index('idx_companion_messages_conversation').on(
      t.conversationId,
      t.createdAt.desc(),
      t.id.desc(),
    ),
    index('idx_companion_messages_reply_to').on(t.replyToId).where(sql`${t.replyToId} IS NOT NULL`),
    uniqueIndex('ux_companion_messages_streaming')
      .on(t.conversationId)
      .where(sql`${t.status} = 'streaming'`),
    unique('companion_messages_client_message_id_unique').on(t.conversationId, t.clientMessageId),
    check('companion_messages_role_check', sql`${t.role} IN ('user', 'assistant')`),
    check(
      'companion_messages_status_check',
      sql`${t.status} IN ('streaming', 'complete', 'stopped', 'unavailable')`,
    ),
    check(
      'companion_messages_kind_check',
      sql`${t.kind} IN ('model', 'offline', 'crisis', 'replaced')`,
    ),
    check(
      'companion_messages_replaced_reason_check',
      sql`${t.replacedReason} IN ('diagnosis', 'medication')`,
    ),
    check(
      'companion_messages_unavailable_reason_check',
      sql`${t.unavailableReason} IN ('timeout', 'rate_limited', 'upstream_error', 'refused', 'malformed', 'interrupted', 'network', 'busy')`,
    ),
    check(
      'companion_messages_safety_level_check',
      sql`${t.safetyLevel} IN ('none', 'concern', 'crisis')`,
    ),
  ],
)

/** Counts per UTC day for the admins' figures: no person, no content. */
export const companionUsageDaily = pgTable('companion_usage_daily', {
  day: date('day').primaryKey(),
  messages: integer('messages').notNull().default(0),
  unavailable: integer('unavailable').notNull().default(0),
  crises: integer('crises').notNull().default(0),
  concerns: integer('concerns').notNull().default(0),
  handoffs: integer('handoffs').notNull().default(0),
  replaced: integer('replaced').notNull().default(0),
})
