import type { EnrollmentStatus } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'

/** Course columns every brief of a course shows (courseBriefSchema), as `c_*`. */
export const COURSE_BRIEF_COLUMNS = sql.raw(`c.id AS c_id, c.title AS c_title,
  c.title_en AS c_title_en, c.thumbnail_url AS c_thumbnail_url, c.content_type AS c_content_type,
  c.duration_minutes AS c_duration_minutes, c.price_irr AS c_price_irr,
  (SELECT count(*)::int FROM lessons lc WHERE lc.course_id = c.id) AS c_lesson_count`)

export interface CourseBriefColumns {
  c_id: string
  c_title: string
  c_title_en: string | null
  c_thumbnail_url: string | null
  c_content_type: string | null
  c_duration_minutes: number | null
  c_price_irr: number | string
  c_lesson_count: number
}

/** Enrolment columns with ISO times, as `e_*`. */
export const ENROLLMENT_COLUMNS = sql.join(
  [
    sql.raw('e.id AS e_id, e.course_id AS e_course_id, e.progress AS e_progress'),
    sql.raw('e.last_lesson_id AS e_last_lesson_id'),
    sql.raw('e.shared_with_psychologist AS e_shared'),
    sql`${isoOf('e.started_at')} AS e_started_at, ${isoOf('e.completed_at')} AS e_completed_at`,
    sql`${isoOf('e.last_activity_at')} AS e_last_activity_at`,
  ],
  sql`, `,
)

export interface EnrollmentColumns {
  e_id: string
  e_course_id: string
  e_progress: number
  e_last_lesson_id: string | null
  e_shared: boolean
  e_started_at: string
  e_completed_at: string | null
  e_last_activity_at: string
}

export interface MyEnrollmentRow extends CourseBriefColumns, EnrollmentColumns {
  n_lesson_id: string | null
  n_title: string | null
  n_title_en: string | null
  n_kind: string | null
  n_position_seconds: number | null
}

/**
 * The lesson "continue" opens: the first unfinished one from the last one touched onwards,
 * else the first unfinished one from the start (the same rule as resumePointOf).
 */
const NEXT_LESSON = sql.raw(`LEFT JOIN LATERAL (
    SELECT l.id, l.title, l.title_en, l.kind, coalesce(lp.position_seconds, 0) AS position_seconds
    FROM lessons l
    LEFT JOIN lesson_progress lp ON lp.enrollment_id = e.id AND lp.lesson_id = l.id
    WHERE l.course_id = e.course_id AND NOT coalesce(lp.completed, false)
    ORDER BY l.position < coalesce((SELECT lt.position FROM lessons lt WHERE lt.id = e.last_lesson_id), 0),
      l.position
    LIMIT 1
  ) n ON true`)

export interface MyEnrollmentFilter {
  userId: string
  status: EnrollmentStatus
  after?: { at: string; id: string }
  limit: number
}

/** My enrolments in published courses, last touched first, each with its next lesson. */
export function listMyEnrollmentRows(db: Db, filter: MyEnrollmentFilter) {
  const activity = sql`date_trunc('milliseconds', e.last_activity_at)`
  const where: SQL[] = [sql`e.user_id = ${filter.userId}`, sql`c.is_published`]
  if (filter.status === 'active') where.push(sql`e.completed_at IS NULL`)
  if (filter.status === 'completed') where.push(sql`e.completed_at IS NOT NULL`)
  if (filter.after) {
    where.push(
      sql`(${activity}, e.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`,
    )
  }
  return queryRows<MyEnrollmentRow>(
    db,
    sql`SELECT ${ENROLLMENT_COLUMNS}, ${COURSE_BRIEF_COLUMNS},
        n.id AS n_lesson_id, n.title AS n_title, n.title_en AS n_title_en, n.kind AS n_kind,
        n.position_seconds AS n_position_seconds
      FROM enrollments e
      JOIN courses c ON c.id = e.course_id
      ${NEXT_LESSON}
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY ${activity} DESC, e.id DESC
      LIMIT ${filter.limit + 1}`,
  )
}

/** A patient's shared enrolments with their courses, for their psychologists. */
export function listSharedEnrollmentRows(db: Db, patientId: string) {
  return queryRows<CourseBriefColumns & EnrollmentColumns>(
    db,
    sql`SELECT ${ENROLLMENT_COLUMNS}, ${COURSE_BRIEF_COLUMNS}
      FROM enrollments e JOIN courses c ON c.id = e.course_id
      WHERE e.user_id = ${patientId} AND e.shared_with_psychologist
      ORDER BY e.last_activity_at DESC, e.id DESC
      LIMIT 100`,
  )
}
