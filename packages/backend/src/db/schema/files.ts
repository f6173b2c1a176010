import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  integer,
  pgTable,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { appointments } from './appointments.ts'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { courses } from './learning.ts'
import { messages } from './messaging.ts'
import { users } from './users.ts'

/** Uploaded files (0700_files.sql); the bytes live in storage under `storage_key`. */
export const files = pgTable(
  'files',
  {
    id: idColumn(),
    ownerId: cascadingRef('owner_id', () => users.id),
    purpose: varchar('purpose', { length: 30 }).notNull(),
    mime: varchar('mime', { length: 100 }).notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: varchar('sha256', { length: 64 }),
    storageKey: varchar('storage_key', { length: 200 }).notNull(),
    fallbackKey: varchar('fallback_key', { length: 200 }),
    fallbackSize: bigint('fallback_size', { mode: 'number' }),
    width: integer('width'),
    height: integer('height'),
    displayName: varchar('display_name', { length: 500 }).notNull(),
    status: varchar('status', { length: 20 }).notNull().default('pending'),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    usedAt: instant('used_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Course media: the course they belong to (migration 0800); learning decides who reads them. */
    courseId: uuid('course_id').references((): AnyPgColumn => courses.id, { onDelete: 'cascade' }),
  },
  (t) => [
    check(
      'files_purpose_check',
      sql`${t.purpose} IN ('avatar', 'psychologist_photo', 'attachment', 'course_media', 'document')`,
    ),
    check('files_status_check', sql`${t.status} IN ('pending', 'ready', 'rejected')`),
    check(
      'files_message_purpose_check',
      sql`${t.messageId} IS NULL OR ${t.purpose} = 'attachment'`,
    ),
    uniqueIndex('idx_files_storage_key').on(t.storageKey),
    index('idx_files_owner_purpose').on(t.ownerId, t.purpose, t.status),
    index('idx_files_message').on(t.messageId).where(sql`${t.messageId} IS NOT NULL`),
    check(
      'files_course_purpose_check',
      sql`${t.courseId} IS NULL OR ${t.purpose} = 'course_media'`,
    ),
    index('idx_files_course').on(t.courseId).where(sql`${t.courseId} IS NOT NULL`),
    index('idx_files_appointment').on(t.appointmentId).where(sql`${t.appointmentId} IS NOT NULL`),
    index('idx_files_unused').on(t.createdAt).where(sql`${t.usedAt} IS NULL`),
    index('idx_files_orphaned')
      .on(t.createdAt)
      .where(
        sql`${t.purpose} = 'attachment' AND ${t.usedAt} IS NOT NULL AND ${t.messageId} IS NULL`,
      ),
  ],
)

/**
 * Storage keys of deleted `files` rows, written by the `files_queue_removal` trigger
 * (0701_file_removals.sql) whatever deleted the row; the files sweep removes the objects.
 */
export const fileRemovals = pgTable('file_removals', {
  storageKey: varchar('storage_key', { length: 200 }).primaryKey(),
  queuedAt: instant('queued_at').notNull().defaultNow(),
})
