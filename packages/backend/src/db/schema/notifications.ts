import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { users } from './users.ts'

// Issue 15 (migration 0600_notifications.sql); see the comments there.

export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: cascadingRef('user_id', () => users.id),
    eventKey: varchar('event_key', { length: 200 }).notNull(),
    category: varchar('category', { length: 40 }).notNull(),
    titleFa: text('title_fa').notNull(),
    titleEn: text('title_en').notNull(),
    bodyFa: text('body_fa').notNull(),
    bodyEn: text('body_en').notNull(),
    link: varchar('link', { length: 500 }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    uniqueIndex('idx_notifications_user_event').on(t.userId, t.eventKey),
    index('idx_notifications_user_created').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('idx_notifications_user_unread')
      .on(t.userId, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.readAt} IS NULL`),
  ],
)

export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: idColumn(),
    notificationId: cascadingRef('notification_id', () => notifications.id),
    userId: cascadingRef('user_id', () => users.id),
    channel: varchar('channel', { length: 10 }).notNull(),
    status: varchar('status', { length: 10 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    providerMessageId: varchar('provider_message_id', { length: 200 }),
    error: varchar('error', { length: 500 }),
    nextTryAt: instant('next_try_at').defaultNow(),
    sentAt: instant('sent_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'notification_deliveries_channel_check',
      sql`${t.channel} IN ('inApp', 'sms', 'email', 'push')`,
    ),
    check(
      'notification_deliveries_status_check',
      sql`${t.status} IN ('pending', 'sending', 'sent', 'failed', 'skipped')`,
    ),
    uniqueIndex('idx_notification_deliveries_once').on(t.notificationId, t.channel),
    index('idx_notification_deliveries_due')
      .on(t.nextTryAt)
      .where(sql`${t.status} IN ('pending', 'sending')`),
    index('idx_notification_deliveries_log').on(t.createdAt.desc(), t.id.desc()),
    index('idx_notification_deliveries_user').on(t.userId, t.createdAt.desc(), t.id.desc()),
  ],
)

/** Only what differs from DEFAULT_CHANNEL_PREFERENCES (shared), per category. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  categories: jsonb('categories')
    .$type<Record<string, Record<string, boolean>>>()
    .notNull()
    .default({}),
  quietEnabled: boolean('quiet_enabled').notNull().default(true),
  quietStart: varchar('quiet_start', { length: 5 }).notNull().default('22:00'),
  quietEnd: varchar('quiet_end', { length: 5 }).notNull().default('08:00'),
  updatedAt: instant('updated_at').notNull().defaultNow(),
})

export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: idColumn(),
    userId: cascadingRef('user_id', () => users.id),
    endpoint: varchar('endpoint', { length: 2000 }).notNull(),
    p256dh: varchar('p256dh', { length: 200 }).notNull(),
    auth: varchar('auth', { length: 100 }).notNull(),
    userAgent: varchar('user_agent', { length: 500 }),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastSuccessAt: instant('last_success_at'),
  },
  (t) => [
    uniqueIndex('idx_push_subscriptions_endpoint').on(t.endpoint),
    index('idx_push_subscriptions_user').on(t.userId),
  ],
)

export const announcements = pgTable(
  'announcements',
  {
    id: idColumn(),
    audience: varchar('audience', { length: 20 }).notNull(),
    titleFa: varchar('title_fa', { length: 120 }).notNull(),
    titleEn: varchar('title_en', { length: 120 }).notNull(),
    bodyFa: text('body_fa').notNull(),
    bodyEn: text('body_en').notNull(),
    sendAt: instant('send_at').notNull().defaultNow(),
    status: varchar('status', { length: 20 }).notNull().default('scheduled'),
    recipientCount: integer('recipient_count'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'announcements_audience_check',
      sql`${t.audience} IN ('everyone', 'patients', 'psychologists', 'staff')`,
    ),
    check(
      'announcements_status_check',
      sql`${t.status} IN ('scheduled', 'sending', 'sent', 'cancelled')`,
    ),
    index('idx_announcements_created').on(t.createdAt.desc(), t.id.desc()),
    index('idx_announcements_created_by').on(t.createdBy),
  ],
)
