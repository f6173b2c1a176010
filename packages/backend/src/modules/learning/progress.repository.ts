import { eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { lessonProgress } from '../../db/schema/index.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'
import { ENROLLMENT_COLUMNS, type EnrollmentColumns } from './my-courses.repository.ts'

export type LessonProgressRow = typeof lessonProgress.$inferSelect

/** An enrolment, locked, with the lesson asked about (nulls when there is no such lesson). */
export interface ProgressTarget {
  user_id: string | null
  /** Joined with its course, so never null here. */
  course_id: string
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
  courseId: string
  lessonId: string
  positionSeconds: number
  completed: boolean
  timeSpentSeconds: number
}

/** The lesson's progress (`lp_*`) and the enrolment (`e_*`) after a step, times as ISO text. */
export interface RecordedStep extends EnrollmentColumns {
  lp_position_seconds: number
  lp_completed: boolean
  lp_completed_at: string | null
  lp_time_spent_seconds: number
  lp_updated_at: string
}

/**
 * One step on a lesson and the enrolment's derived progress, in one statement, run after
 * lockProgressTarget in the same transaction. The step only moves forward: the furthest
 * position and time, completed once completed; a step behind what is saved leaves it (a late
 * or repeated request). Progress is completed lessons out of the course's, rounded down (100
 * only when all are done; the rule of deriveProgress): the other lessons are counted from
 * this statement's snapshot, taken once the lock was ours, so it sees every committed step,
 * and this lesson from what the upsert answers. `completed_at` is stamped the first time.
 */
export async function recordProgressStep(db: Db, step: ProgressStep): Promise<RecordedStep> {
  const { enrollmentId, courseId, lessonId } = step
  const [row] = await queryRows<RecordedStep>(
    db,
    sql`WITH step AS (
        INSERT INTO lesson_progress AS lp (enrollment_id, lesson_id, position_seconds, completed,
          completed_at, time_spent_seconds, updated_at)
        VALUES (${enrollmentId}, ${lessonId}, ${step.positionSeconds}, ${step.completed}::boolean,
          CASE WHEN ${step.completed}::boolean THEN now() END, ${step.timeSpentSeconds}, now())
        ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
          position_seconds = GREATEST(lp.position_seconds, excluded.position_seconds),
          completed = lp.completed OR excluded.completed,
          completed_at = coalesce(lp.completed_at, excluded.completed_at),
          time_spent_seconds = GREATEST(lp.time_spent_seconds, excluded.time_spent_seconds),
          updated_at = now()
        RETURNING lp.*
      ), counted AS (
        SELECT (SELECT count(*) FROM lessons WHERE course_id = ${courseId}) AS total,
          (SELECT count(*) FROM lesson_progress
            WHERE enrollment_id = ${enrollmentId} AND completed AND lesson_id <> ${lessonId})
          + (SELECT CASE WHEN completed THEN 1 ELSE 0 END FROM step) AS done
      ), e AS (
        UPDATE enrollments SET
          progress = CASE WHEN n.total = 0 THEN 0 ELSE (100 * n.done / n.total)::int END,
          completed_at = CASE WHEN n.total > 0 AND n.done >= n.total
            THEN coalesce(enrollments.completed_at, now()) ELSE enrollments.completed_at END,
          last_activity_at = now(), last_lesson_id = ${lessonId}
        FROM counted n WHERE enrollments.id = ${enrollmentId}
        RETURNING enrollments.*
      )
      SELECT ${ENROLLMENT_COLUMNS},
        step.position_seconds AS lp_position_seconds, step.completed AS lp_completed,
        ${isoOf('step.completed_at')} AS lp_completed_at,
        step.time_spent_seconds AS lp_time_spent_seconds, ${isoOf('step.updated_at')} AS lp_updated_at
      FROM step, e`,
  )
  if (!row) throw new Error('a progress step recorded nothing')
  return row
}

/** Every lesson's progress of one enrolment. */
export function listLessonProgress(db: Db, enrollmentId: string): Promise<LessonProgressRow[]> {
  return db.select().from(lessonProgress).where(eq(lessonProgress.enrollmentId, enrollmentId))
}
