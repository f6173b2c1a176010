import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { users } from './users.ts'

/**
 * Deviation from the seed: `ends_at` is stored so the EXCLUDE constraint (added in the
 * migration, Drizzle cannot express it) can index an immutable tstzrange(scheduled_at, ends_at).
 */
export const appointments = pgTable(
  'appointments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id').references(() => users.id, { onDelete: 'cascade' }),
    psychologistId: uuid('psychologist_id').references(() => users.id, { onDelete: 'cascade' }),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').default(60),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: varchar('status', { length: 20 }).default('pending'),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    check(
      'appointments_status_check',
      sql`${t.status} IN ('pending', 'confirmed', 'completed', 'cancelled', 'no_show')`,
    ),
    check('appointments_range_check', sql`${t.endsAt} > ${t.scheduledAt}`),
    index('idx_appointments_patient_id').on(t.patientId),
    index('idx_appointments_psychologist_id').on(t.psychologistId),
    index('idx_appointments_scheduled_at').on(t.scheduledAt),
    index('idx_appointments_status').on(t.status),
  ],
)

export const appointmentNotes = pgTable(
  'appointment_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'cascade',
    }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    content: text('content').notNull(),
    isPrivate: boolean('is_private').default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [index('idx_appointment_notes_appointment_id').on(t.appointmentId)],
)
