import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { sessionTypes } from './care.ts'
import { cascadingRef, createdAtColumn, idColumn, instant, updatedAtColumn } from './columns.ts'
import { users } from './users.ts'

/**
 * Deviation from the seed: `ends_at` is stored so the EXCLUDE constraint (added in the
 * migration, Drizzle cannot express it) can index an immutable tstzrange(scheduled_at, ends_at).
 */
export const appointments = pgTable(
  'appointments',
  {
    id: idColumn(),
    patientId: uuid('patient_id').references(() => users.id, { onDelete: 'cascade' }),
    psychologistId: uuid('psychologist_id').references(() => users.id, { onDelete: 'cascade' }),
    scheduledAt: instant('scheduled_at').notNull(),
    durationMinutes: integer('duration_minutes').default(60),
    endsAt: instant('ends_at').notNull(),
    status: varchar('status', { length: 20 }).default('pending'),
    notes: text('notes'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    // Care (issue 5, migration 0301): what was booked, its hold, and how it ended.
    sessionTypeId: uuid('session_type_id').references(() => sessionTypes.id, {
      onDelete: 'set null',
    }),
    mode: varchar('mode', { length: 20 }),
    /** Integer rials copied from the session type at booking; payments charge exactly this. */
    priceIrr: bigint('price_irr', { mode: 'number' }).notNull().default(0),
    holdExpiresAt: instant('hold_expires_at'),
    confirmedAt: instant('confirmed_at'),
    joinUrl: varchar('join_url', { length: 500 }),
    cancelReason: text('cancel_reason'),
    cancelledBy: uuid('cancelled_by').references(() => users.id, { onDelete: 'set null' }),
    cancelledByRole: varchar('cancelled_by_role', { length: 20 }),
    cancelledAt: instant('cancelled_at'),
    refundable: boolean('refundable'),
    /** Set once reminders and the psychologist's notice were queued for the confirmation. */
    announcedAt: instant('announced_at'),
    reminderJobIds: uuid('reminder_job_ids').array().notNull().default(sql`'{}'`),
    /** The session widened by the psychologist's buffers; a second EXCLUDE constraint uses it. */
    blockedFrom: instant('blocked_from'),
    blockedUntil: instant('blocked_until'),
    // Issue 14 (migration 0500): when and by whom completed / no-show was recorded, for undo.
    outcomeRecordedAt: instant('outcome_recorded_at'),
    outcomeRecordedBy: uuid('outcome_recorded_by').references(() => users.id, {
      onDelete: 'set null',
    }),
    /** Migration 0501: this booking used the patient's one free session with the psychologist. */
    freeIntro: boolean('free_intro').notNull().default(false),
  },
  (t) => [
    check('appointments_price_check', sql`${t.priceIrr} >= 0`),
    check(
      'appointments_status_check',
      sql`${t.status} IN ('pending', 'confirmed', 'completed', 'cancelled', 'no_show')`,
    ),
    check('appointments_range_check', sql`${t.endsAt} > ${t.scheduledAt}`),
    check('appointments_free_intro_check', sql`NOT ${t.freeIntro} OR ${t.priceIrr} = 0`),
    uniqueIndex('uq_appointments_free_intro')
      .on(t.patientId, t.psychologistId)
      .where(sql`${t.freeIntro} AND ${t.status} <> 'cancelled'`),
    index('idx_appointments_patient_id').on(t.patientId),
    index('idx_appointments_psychologist_id').on(t.psychologistId),
    index('idx_appointments_scheduled_at').on(t.scheduledAt),
    index('idx_appointments_status').on(t.status),
    // Issue 20 (migration 1030): the admin's global list, newest first, keyset on (start, id).
    index('idx_appointments_scheduled_id').on(t.scheduledAt.desc(), t.id.desc()),
    index('idx_appointments_psychologist_scheduled').on(
      t.psychologistId,
      t.scheduledAt.desc(),
      t.id.desc(),
    ),
    index('idx_appointments_status_scheduled').on(t.status, t.scheduledAt.desc(), t.id.desc()),
  ],
)

export const appointmentNotes = pgTable(
  'appointment_notes',
  {
    id: idColumn(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    content: text('content').notNull(),
    isPrivate: boolean('is_private').default(true),
    createdAt: createdAtColumn(),
    /** Names the NOTES_ENCRYPTION_KEYS entry that sealed `content` (AES-256-GCM, base64). */
    keyId: varchar('key_id', { length: 32 }),
    updatedAt: updatedAtColumn(),
  },
  (t) => [index('idx_appointment_notes_appointment_id').on(t.appointmentId)],
)

/** Migration 0502: additions to a note, sealed like it; the note itself is never rewritten. */
export const appointmentNoteAddenda = pgTable(
  'appointment_note_addenda',
  {
    id: idColumn(),
    noteId: cascadingRef('note_id', () => appointmentNotes.id),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    content: text('content').notNull(),
    keyId: varchar('key_id', { length: 32 }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('idx_appointment_note_addenda_note').on(t.noteId, t.createdAt, t.id)],
)
