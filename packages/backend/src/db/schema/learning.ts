import type { ExerciseAnswerContent, ExerciseDefinition } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, createdAtColumn, idColumn, instant, updatedAtColumn } from './columns.ts'
import { files } from './files.ts'
import { users } from './users.ts'

const setNullRef = (name: string, target: () => AnyPgColumn) =>
  uuid(name).references(target, { onDelete: 'set null' })

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
    // Issue 17 (migration 0800).
    titleEn: varchar('title_en', { length: 255 }),
    descriptionEn: text('description_en'),
    priceIrr: bigint('price_irr', { mode: 'number' }).notNull().default(0),
    authorId: setNullRef('author_id', () => users.id),
    reviewerId: setNullRef('reviewer_id', () => users.id),
    thumbnailFileId: setNullRef('thumbnail_file_id', (): AnyPgColumn => files.id),
    publishedAt: instant('published_at'),
    /** course_search_key() of the titles and descriptions: what `q` is matched against. */
    searchKey: text('search_key').generatedAlwaysAs(
      sql`course_search_key(coalesce(title, '') || ' ' || coalesce(title_en, '') || ' ' || coalesce(description, '') || ' ' || coalesce(description_en, ''))`,
    ),
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
    check('courses_price_check', sql`${t.priceIrr} >= 0`),
    check('courses_published_at_check', sql`NOT ${t.isPublished} OR ${t.publishedAt} IS NOT NULL`),
    index('idx_courses_catalogue')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.isPublished}`),
  ],
)

/** Ordered lessons of a course; `uq_lessons_course_position` is DEFERRABLE in the migration. */
export const lessons = pgTable(
  'lessons',
  {
    id: idColumn(),
    courseId: cascadingRef('course_id', () => courses.id),
    position: integer('position').notNull(),
    kind: varchar('kind', { length: 20 }).notNull(),
    title: varchar('title', { length: 255 }).notNull(),
    titleEn: varchar('title_en', { length: 255 }),
    body: text('body'),
    videoFileId: setNullRef('video_file_id', (): AnyPgColumn => files.id),
    captionsFileId: setNullRef('captions_file_id', (): AnyPgColumn => files.id),
    exercise: jsonb('exercise').$type<ExerciseDefinition>(),
    durationSeconds: integer('duration_seconds').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('lessons_kind_check', sql`${t.kind} IN ('video', 'article', 'exercise')`),
    check('lessons_position_check', sql`${t.position} >= 1`),
    check('lessons_duration_check', sql`${t.durationSeconds} >= 0`),
    unique('uq_lessons_course_position').on(t.courseId, t.position),
  ],
)

export const lessonProgress = pgTable(
  'lesson_progress',
  {
    enrollmentId: cascadingRef('enrollment_id', (): AnyPgColumn => enrollments.id),
    lessonId: cascadingRef('lesson_id', () => lessons.id),
    positionSeconds: integer('position_seconds').notNull().default(0),
    completed: boolean('completed').notNull().default(false),
    completedAt: instant('completed_at'),
    timeSpentSeconds: integer('time_spent_seconds').notNull().default(0),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.enrollmentId, t.lessonId] }),
    index('idx_lesson_progress_lesson').on(t.lessonId),
  ],
)

export const exerciseAnswers = pgTable(
  'exercise_answers',
  {
    id: idColumn(),
    userId: cascadingRef('user_id', () => users.id),
    lessonId: setNullRef('lesson_id', () => lessons.id),
    courseId: setNullRef('course_id', () => courses.id),
    kind: varchar('kind', { length: 20 }).notNull(),
    answer: jsonb('answer').$type<ExerciseAnswerContent>().notNull(),
    sharedWithPsychologist: boolean('shared_with_psychologist').notNull().default(false),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('idx_exercise_answers_user_lesson').on(t.userId, t.lessonId, t.createdAt, t.id),
    index('idx_exercise_answers_shared')
      .on(t.userId, t.createdAt, t.id)
      .where(sql`${t.sharedWithPsychologist}`),
  ],
)

export const courseRecommendations = pgTable(
  'course_recommendations',
  {
    id: idColumn(),
    courseId: cascadingRef('course_id', () => courses.id),
    patientId: cascadingRef('patient_id', () => users.id),
    psychologistId: cascadingRef('psychologist_id', () => users.id),
    note: varchar('note', { length: 500 }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('uq_course_recommendations').on(t.courseId, t.patientId, t.psychologistId),
    index('idx_course_recommendations_patient').on(t.patientId, t.createdAt, t.id),
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
    // Issue 17 (migration 0800).
    lastActivityAt: instant('last_activity_at').notNull().defaultNow(),
    lastLessonId: setNullRef('last_lesson_id', (): AnyPgColumn => lessons.id),
    sharedWithPsychologist: boolean('shared_with_psychologist').notNull().default(false),
  },
  (t) => [
    check('enrollments_progress_check', sql`${t.progress} >= 0 AND ${t.progress} <= 100`),
    unique('enrollments_user_id_course_id_unique').on(t.userId, t.courseId),
    index('idx_enrollments_user_id').on(t.userId),
    index('idx_enrollments_course_id').on(t.courseId),
    index('idx_enrollments_user_activity').on(t.userId, t.lastActivityAt.desc(), t.id.desc()),
  ],
)

export const assessments = pgTable(
  'assessments',
  {
    id: idColumn(),
    title: varchar('title', { length: 255 }).notNull(),
    description: text('description'),
    questions: jsonb('questions').notNull(),
    scoringRules: jsonb('scoring_rules'),
    isActive: boolean('is_active').default(true),
    createdAt: createdAtColumn(),
    // Issue 18 (migration 0901): instruments as data (modules/assessments/instruments).
    slug: varchar('slug', { length: 40 }),
    kind: varchar('kind', { length: 20 }).notNull().default('screening'),
    titleEn: varchar('title_en', { length: 255 }),
    descriptionEn: text('description_en'),
    citations: jsonb('citations').notNull().default([]),
    version: integer('version').notNull().default(1),
    position: integer('position').notNull().default(0),
    minutes: integer('minutes').notNull().default(5),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('uq_assessments_slug').on(t.slug),
    check('assessments_kind_check', sql`${t.kind} IN ('screening', 'personality')`),
  ],
)

export const assessmentResults = pgTable(
  'assessment_results',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    assessmentId: uuid('assessment_id').references(() => assessments.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').notNull(),
    scores: jsonb('scores'),
    personalityType: varchar('personality_type', { length: 300 }),
    recommendations: jsonb('recommendations'),
    completedAt: instant('completed_at').defaultNow(),
    // Issue 18 (migration 0901).
    assessmentVersion: integer('assessment_version').notNull().default(1),
    totalScore: integer('total_score'),
    band: varchar('band', { length: 40 }),
    flags: text('flags').array().notNull().default(sql`'{}'`),
    note: text('note'),
    sharedWithPsychologist: boolean('shared_with_psychologist').notNull().default(true),
    /** The assignment this answered (assessment_assignments, schema/assessments.ts). */
    assignmentId: uuid('assignment_id'),
  },
  (t) => [
    index('idx_assessment_results_user_id').on(t.userId),
    index('idx_assessment_results_user_completed').on(t.userId, t.completedAt.desc(), t.id.desc()),
    index('idx_assessment_results_user_assessment').on(
      t.userId,
      t.assessmentId,
      t.completedAt.desc(),
      t.id.desc(),
    ),
  ],
)
