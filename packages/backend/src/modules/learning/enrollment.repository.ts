import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { enrollments } from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'

export type EnrollmentRow = typeof enrollments.$inferSelect

/**
 * Enrols a person once: answers the new row, or the one they already had (the unique
 * (user_id, course_id) constraint makes a second call, or two at once, find the first).
 */
export async function insertEnrollment(
  db: Db,
  target: { userId: string; courseId: string },
): Promise<{ row: EnrollmentRow; created: boolean }> {
  const [inserted] = await db
    .insert(enrollments)
    .values({ ...target, progress: 0 })
    .onConflictDoNothing({ target: [enrollments.userId, enrollments.courseId] })
    .returning()
  if (inserted) return { row: inserted, created: true }
  const [existing] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, target.userId), eq(enrollments.courseId, target.courseId)))
  if (!existing) throw new Error('enrollment neither inserted nor found')
  return { row: existing, created: false }
}

/** False when the enrolment is not this person's (or does not exist). */
export async function setEnrollmentShared(
  db: Db,
  target: { id: string; userId: string },
  shared: boolean,
): Promise<EnrollmentRow | undefined> {
  const [row] = await db
    .update(enrollments)
    .set({ sharedWithPsychologist: shared })
    .where(and(eq(enrollments.id, target.id), eq(enrollments.userId, target.userId)))
    .returning()
  return row
}

/** Completed lessons out of the course's lessons, rounded down: 100 only when all are done. */
const PERCENT_DONE = sql.raw(`(
  SELECT CASE WHEN n.total = 0 THEN 0 ELSE (100 * n.done / n.total)::int END FROM (
    SELECT (SELECT count(*) FROM lessons l WHERE l.course_id = enrollments.course_id) AS total,
      (SELECT count(*) FROM lesson_progress lp
        WHERE lp.enrollment_id = enrollments.id AND lp.completed) AS done
  ) n)`)

/**
 * Derives 0–100 progress for every enrolment of a course, after its lessons changed (a new
 * lesson lowers it, a removed one may complete it), and stamps `completed_at` the first time it
 * reaches 100; kept if lessons are added later. One statement, in the transaction that changed
 * the lessons. A learner's own step derives theirs in recordProgressStep, by the same rule.
 */
export async function deriveProgress(db: Db, courseId: string): Promise<void> {
  await db
    .update(enrollments)
    .set({
      progress: PERCENT_DONE,
      completedAt: sql`CASE WHEN ${PERCENT_DONE} = 100 THEN coalesce(${enrollments.completedAt}, now()) ELSE ${enrollments.completedAt} END`,
    })
    .where(eq(enrollments.courseId, courseId))
}

/** The weeks' counts of the figures, per Saturday-starting week in Asia/Tehran. */
export async function countEnrollmentsByWeek(db: Db, courseId: string, weeks: number) {
  const weekOf = (column: string) =>
    `(date_trunc('week', (${column} AT TIME ZONE 'Asia/Tehran') + interval '2 days') - interval '2 days')::date`
  return queryRows<{ week_start: string; enrolments: number; completions: number }>(
    db,
    sql`
      WITH weeks AS (
        SELECT generate_series(${sql.raw(weekOf('now()'))} - ${weeks - 1} * interval '1 week',
          ${sql.raw(weekOf('now()'))}, interval '1 week')::date AS week
      )
      SELECT to_char(w.week, 'YYYY-MM-DD') AS week_start,
        (SELECT count(*)::int FROM enrollments e WHERE e.course_id = ${courseId}
          AND ${sql.raw(weekOf('e.started_at'))} = w.week) AS enrolments,
        (SELECT count(*)::int FROM enrollments e WHERE e.course_id = ${courseId}
          AND e.completed_at IS NOT NULL AND ${sql.raw(weekOf('e.completed_at'))} = w.week) AS completions
      FROM weeks w ORDER BY w.week`,
  )
}

/** Totals of the figures: enrolments, completions, mean progress (one decimal). */
export async function countEnrollments(db: Db, courseId: string) {
  const [row] = await queryRows<{ enrolments: number; completions: number; average: number }>(
    db,
    sql`SELECT count(*)::int AS enrolments, count(completed_at)::int AS completions,
      coalesce(round(avg(progress)::numeric, 1), 0)::float8 AS average
    FROM enrollments WHERE course_id = ${courseId}`,
  )
  return row ?? { enrolments: 0, completions: 0, average: 0 }
}
