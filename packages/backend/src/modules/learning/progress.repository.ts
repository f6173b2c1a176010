import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { lessonProgress } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'

export type LessonProgressRow = typeof lessonProgress.$inferSelect

/** An enrolment, locked, with the lesson asked about (nulls when there is no such lesson). */
export interface ProgressTarget {
  user_id: string | null
  course_id: string | null
  is_published: boolean | null
  lesson_id: string | null
  lesson_course_id: string | null
  lesson_kind: string | null
  lesson_seconds: number | null
}

/**
 * Locks the enrolment row for the rest of the transaction, so two updates of one learner's
 * course (two tabs, a retry) derive its progress one after the other, each seeing the other's
 * lesson once committed.
 */
export async function lockProgressTarget(
  db: Db,
  enrollmentId: string,
  lessonId: string,
): Promise<ProgressTarget | undefined> {
  const [row] = await queryRows<ProgressTarget>(
    db,
    sql`SELECT e.user_id, e.course_id, c.is_published, l.id AS lesson_id,
        l.course_id AS lesson_course_id, l.kind AS lesson_kind, l.duration_seconds AS lesson_seconds
      FROM enrollments e
      JOIN courses c ON c.id = e.course_id
      LEFT JOIN lessons l ON l.id = ${lessonId}
      WHERE e.id = ${enrollmentId}
      FOR UPDATE OF e`,
  )
  return row
}

export interface ProgressStep {
  enrollmentId: string
  lessonId: string
  positionSeconds: number
  completed: boolean
  timeSpentSeconds: number
}

/**
 * Writes one step of a lesson, only forward: the furthest position and time, completed once
 * completed. A step behind what is saved leaves it as it is (a late or repeated request).
 */
export async function saveProgressStep(db: Db, step: ProgressStep): Promise<LessonProgressRow> {
  const completedAt = step.completed ? sql`now()` : null
  const [row] = await db
    .insert(lessonProgress)
    .values({ ...step, completedAt, updatedAt: sql`now()` })
    .onConflictDoUpdate({
      target: [lessonProgress.enrollmentId, lessonProgress.lessonId],
      set: {
        positionSeconds: sql`GREATEST(${lessonProgress.positionSeconds}, excluded.position_seconds)`,
        completed: sql`${lessonProgress.completed} OR excluded.completed`,
        completedAt: sql`coalesce(${lessonProgress.completedAt}, excluded.completed_at)`,
        timeSpentSeconds: sql`GREATEST(${lessonProgress.timeSpentSeconds}, excluded.time_spent_seconds)`,
        updatedAt: sql`now()`,
      },
    })
    .returning()
  if (!row) throw new Error('progress upsert returned no row')
  return row
}

/** Every lesson's progress of one enrolment. */
export function listLessonProgress(db: Db, enrollmentId: string): Promise<LessonProgressRow[]> {
  return db.select().from(lessonProgress).where(eq(lessonProgress.enrollmentId, enrollmentId))
}
