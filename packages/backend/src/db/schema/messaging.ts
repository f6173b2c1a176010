import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import {
  cascadingRef,
  createdAtColumn,
  idColumn,
  instant,
  jsonObject,
  updatedAtColumn,
} from './columns.ts'
import { users } from './users.ts'

export const messageThreads = pgTable(
  'message_threads',
  {
    id: idColumn(),
    title: varchar('title', { length: 255 }),
    category: varchar('category', { length: 50 }),
    status: varchar('status', { length: 20 }).default('open'),
    metadata: jsonObject('metadata'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    // Added by 0200_messaging.sql; see the comments there.
    kind: varchar('kind', { length: 20 }).notNull().default('department'),
    directKey: varchar('direct_key', { length: 80 }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    // No longer read or written by the app (the preview is the message at last_seq); the demo
    // seed and the bench still write it, so a later migration drops it once they stop.
    lastMessageId: uuid('last_message_id'),
    lastMessageAt: instant('last_message_at').notNull().defaultNow(),
  },
  (t) => [
    check('message_threads_status_check', sql`${t.status} IN ('open', 'closed', 'archived')`),
    check('message_threads_kind_check', sql`${t.kind} IN ('direct', 'department')`),
    check(
      'message_threads_department_check',
      sql`${t.kind} = 'direct' OR ${t.category} IS NOT NULL`,
    ),
    index('idx_message_threads_status').on(t.status),
    index('idx_message_threads_category').on(t.category),
    uniqueIndex('idx_message_threads_direct_key').on(t.directKey),
    index('idx_message_threads_inbox')
      .on(t.category, t.status, t.lastMessageAt.desc(), t.id.desc())
      .where(sql`${t.kind} = 'department'`),
    index('idx_message_threads_assignee_id').on(t.assigneeId),
  ],
)

export const threadParticipants = pgTable(
  'thread_participants',
  {
    threadId: cascadingRef('thread_id', () => messageThreads.id),
    userId: cascadingRef('user_id', () => users.id),
    role: varchar('role', { length: 20 }).default('member'),
    joinedAt: instant('joined_at').defaultNow(),
    lastReadAt: instant('last_read_at'),
    lastReadSeq: bigint('last_read_seq', { mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    check('thread_participants_role_check', sql`${t.role} IN ('owner', 'member', 'admin')`),
    index('idx_thread_participants_user_id').on(t.userId),
  ],
)

export const messages = pgTable(
  'messages',
  {
    id: idColumn(),
    threadId: uuid('thread_id').references(() => messageThreads.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    content: text('content').notNull(),
    metadata: jsonObject('metadata'),
    isSystem: boolean('is_system').default(false),
    createdAt: createdAtColumn(),
    editedAt: instant('edited_at'),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    clientId: varchar('client_id', { length: 64 }),
  },
  (t) => [
    index('idx_messages_thread_id').on(t.threadId, t.createdAt),
    index('idx_messages_sender_id').on(t.senderId),
    uniqueIndex('idx_messages_thread_seq').on(t.threadId, t.seq),
    uniqueIndex('idx_messages_sender_client_id')
      .on(t.senderId, t.clientId)
      .where(sql`${t.clientId} IS NOT NULL`),
  ],
)

/** Staff who answer a department's inbox; departments are the `messaging.departments` config. */
export const departmentStaff = pgTable(
  'department_staff',
  {
    department: varchar('department', { length: 50 }).notNull(),
    userId: cascadingRef('user_id', () => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'department_staff_pk', columns: [t.department, t.userId] }),
    index('idx_department_staff_user_id').on(t.userId),
  ],
)
