import type { ExerciseAnswerContent } from '@yektayar/shared'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { exerciseAnswers } from '../../db/schema/index.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'
import { newestFirst, olderThan } from '../../lib/keyset.ts'

export type ExerciseAnswerRow = typeof exerciseAnswers.$inferSelect

export async function insertExerciseAnswer(
  db: Db,
  values: {
    userId: string
    lessonId: string
    courseId: string
    answer: ExerciseAnswerContent
    sharedWithPsychologist: boolean
  },
): Promise<ExerciseAnswerRow> {
  const [row] = await db
    .insert(exerciseAnswers)
    .values({ ...values, kind: values.answer.kind })
    .returning()
  if (!row) throw new Error('answer insert returned no row')
  return row
}

/** My answers to one lesson, newest first, one more than asked. */
export function listMyAnswers(
  db: Db,
  filter: {
    userId: string
    lessonId: string
    before?: { createdAt: Date; id: string }
    limit: number
  },
) {
  return db
    .select()
    .from(exerciseAnswers)
    .where(
      and(
        eq(exerciseAnswers.userId, filter.userId),
        eq(exerciseAnswers.lessonId, filter.lessonId),
        filter.before
          ? olderThan(exerciseAnswers.createdAt, exerciseAnswers.id, filter.before)
          : undefined,
      ),
    )
    .orderBy(...newestFirst(exerciseAnswers.createdAt, exerciseAnswers.id))
    .limit(filter.limit + 1)
}

/** Undefined when the answer is not this person's (or does not exist). */
export async function setAnswerShared(
  db: Db,
  target: { id: string; userId: string },
  shared: boolean,
): Promise<ExerciseAnswerRow | undefined> {
  const [row] = await db
    .update(exerciseAnswers)
    .set({ sharedWithPsychologist: shared, updatedAt: new Date() })
    .where(and(eq(exerciseAnswers.id, target.id), eq(exerciseAnswers.userId, target.userId)))
    .returning()
  return row
}

export interface SharedAnswerRow {
  id: string
  lesson_id: string | null
  course_id: string | null
  answer: ExerciseAnswerContent
  created_at: string
  updated_at: string
  lesson_title: string | null
  course_title: string | null
}

/** What a patient shared, newest first, with where each answer was written. */
export function listSharedAnswerRows(
  db: Db,
  filter: { userId: string; after?: { at: string; id: string }; limit: number },
) {
  const created = sql`date_trunc('milliseconds', a.created_at)`
  const after = filter.after
    ? sql`AND (${created}, a.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`
    : sql``
  return queryRows<SharedAnswerRow>(
    db,
    sql`SELECT a.id, a.lesson_id, a.course_id, a.answer,
        ${isoOf('a.created_at')} AS created_at, ${isoOf('a.updated_at')} AS updated_at,
        l.title AS lesson_title, c.title AS course_title
      FROM exercise_answers a
      LEFT JOIN lessons l ON l.id = a.lesson_id
      LEFT JOIN courses c ON c.id = a.course_id
      WHERE a.user_id = ${filter.userId} AND a.shared_with_psychologist ${after}
      ORDER BY ${created} DESC, a.id DESC
      LIMIT ${filter.limit + 1}`,
  )
}
