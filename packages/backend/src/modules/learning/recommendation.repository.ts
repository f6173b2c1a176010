import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { courseRecommendations } from '../../db/schema/index.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'
import { COURSE_BRIEF_COLUMNS, type CourseBriefColumns } from './my-courses.repository.ts'

/**
 * Records a psychologist's recommendation, or refreshes the one they made before (note and
 * time), so it comes back to the top of the patient's list. `created` tells which.
 */
export async function upsertRecommendation(
  db: Db,
  values: { courseId: string; patientId: string; psychologistId: string; note: string | null },
) {
  const [row] = await db
    .insert(courseRecommendations)
    .values(values)
    .onConflictDoUpdate({
      target: [
        courseRecommendations.courseId,
        courseRecommendations.patientId,
        courseRecommendations.psychologistId,
      ],
      set: { note: values.note, createdAt: sql`now()` },
    })
    .returning({ id: courseRecommendations.id, created: sql<boolean>`(xmax = 0)` })
  if (!row) throw new Error('recommendation upsert returned no row')
  return row
}

export interface RecommendationRow extends CourseBriefColumns {
  id: string
  note: string | null
  created_at: string
  psychologist_id: string
  psychologist_profile: unknown
  e_id: string | null
  e_progress: number | null
  e_started_at: string | null
  e_completed_at: string | null
  e_last_activity_at: string | null
}

export interface RecommendationFilter {
  patientId: string
  id?: string
  after?: { at: string; id: string }
  limit: number
}

/** A patient's recommendations in published courses, newest first, with their own enrolment. */
export function listRecommendationRows(db: Db, filter: RecommendationFilter) {
  const created = sql`date_trunc('milliseconds', r.created_at)`
  const one = filter.id ? sql`AND r.id = ${filter.id}` : sql``
  const after = filter.after
    ? sql`AND (${created}, r.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`
    : sql``
  return queryRows<RecommendationRow>(
    db,
    sql`SELECT r.id, r.note, ${isoOf('r.created_at')} AS created_at,
        r.psychologist_id, p.profile AS psychologist_profile, ${COURSE_BRIEF_COLUMNS},
        e.id AS e_id, e.progress AS e_progress, ${isoOf('e.started_at')} AS e_started_at,
        ${isoOf('e.completed_at')} AS e_completed_at,
        ${isoOf('e.last_activity_at')} AS e_last_activity_at
      FROM course_recommendations r
      JOIN courses c ON c.id = r.course_id AND c.is_published
      JOIN users p ON p.id = r.psychologist_id
      LEFT JOIN enrollments e ON e.course_id = r.course_id AND e.user_id = r.patient_id
      WHERE r.patient_id = ${filter.patientId} ${one} ${after}
      ORDER BY ${created} DESC, r.id DESC
      LIMIT ${filter.limit + 1}`,
  )
}
