import type { ItemAnswer } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { assessments } from './learning.ts'
import { users } from './users.ts'

/** A psychologist's request that their patient take an instrument (migration 0901). */
export const assessmentAssignments = pgTable(
  'assessment_assignments',
  {
    id: idColumn(),
    assessmentId: cascadingRef('assessment_id', () => assessments.id),
    patientId: cascadingRef('patient_id', () => users.id),
    psychologistId: cascadingRef('psychologist_id', () => users.id),
    recurrence: varchar('recurrence', { length: 20 }).notNull(),
    note: varchar('note', { length: 500 }),
    createdAt: instant('created_at').notNull().defaultNow(),
    completedAt: instant('completed_at'),
    cancelledAt: instant('cancelled_at'),
  },
  (t) => [
    check(
      'assessment_assignments_recurrence_check',
      sql`${t.recurrence} IN ('once', 'every_session')`,
    ),
    index('idx_assessment_assignments_patient').on(t.patientId, t.createdAt),
  ],
)

/** What a person answered so far, one draft per instrument (migration 0901). */
export const assessmentDrafts = pgTable(
  'assessment_drafts',
  {
    userId: cascadingRef('user_id', () => users.id),
    assessmentId: cascadingRef('assessment_id', () => assessments.id),
    answers: jsonb('answers').$type<ItemAnswer[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    note: text('note'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.assessmentId] })],
)
