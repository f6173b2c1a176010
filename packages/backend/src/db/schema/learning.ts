import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { createdAtColumn, idColumn, instant, updatedAtColumn } from './columns.ts'
import { users } from './users.ts'

export const courses = pgTable(
  'courses',
  {
    id: idColumn(),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    thumbnailUrl: varchar('thumbnail_url', { length: 500 }),
    contentType: varchar('content_type', { length: 20 }),
    contentUrl: varchar('content_url', { length: 500 }),
    durationMinutes: integer('duration_minutes'),
    difficulty: varchar('difficulty', { length: 20 }),
    tags: text('tags').array(),
    isPublished: boolean('is_published').default(false),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    check(
      'courses_content_type_check',
      sql`${t.contentType} IN ('video', 'article', 'interactive')`,
    ),
    check(
      'courses_difficulty_check',
      sql`${t.difficulty} IN ('beginner', 'intermediate', 'advanced')`,
    ),
    index('idx_courses_is_published').on(t.isPublished),
    index('idx_courses_tags').using('gin', t.tags),
  ],
)

export const enrollments = pgTable(
  'enrollments',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    progress: integer('progress').default(0),
    startedAt: instant('started_at').defaultNow(),
    completedAt: instant('completed_at'),
  },
  (t) => [
    check('enrollments_progress_check', sql`${t.progress} >= 0 AND ${t.progress} <= 100`),
    unique('enrollments_user_id_course_id_unique').on(t.userId, t.courseId),
    index('idx_enrollments_user_id').on(t.userId),
    index('idx_enrollments_course_id').on(t.courseId),
  ],
)

export const assessments = pgTable('assessments', {
  id: idColumn(),
  title: varchar('title', { length: 255 }).notNull(),
  description: text('description'),
  questions: jsonb('questions').notNull(),
  scoringRules: jsonb('scoring_rules'),
  isActive: boolean('is_active').default(true),
  createdAt: createdAtColumn(),
})

export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').notNull(),
    scores: jsonb('scores'),
    personalityType: varchar('personality_type', { length: 50 }),
    recommendations: jsonb('recommendations'),
    completedAt: instant('completed_at').defaultNow(),
  },
  (t) => [index('idx_assessment_results_user_id').on(t.userId)],
)
