import type {
  CourseRecommendation,
  CourseRecommendationPage,
  CreateCourseRecommendationBody,
  SharedEnrollmentList,
  SharedExerciseAnswerPage,
} from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { hasAppointmentBetween } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { personNameOf } from '../professionals/person-name.ts'
import { findCourse } from './course.repository.ts'
import { postRecommendation } from './course-recommendation-post.ts'
import { courseBriefOf, enrollmentBriefOf, enrollmentOfColumns } from './course-views.ts'
import { listSharedAnswerRows } from './exercise-answer.repository.ts'
import type { LearningDeps } from './learning-deps.ts'
import { listSharedEnrollmentRows } from './my-courses.repository.ts'
import {
  listRecommendationRows,
  type RecommendationRow,
  upsertRecommendation,
} from './recommendation.repository.ts'

/**
 * The reader is this patient's psychologist: they have (had) a confirmed appointment together.
 * Anyone else, and an unknown patient, is answered as if there were no such patient.
 */
async function requireTreating(deps: LearningDeps, auth: AuthContext, patientId: string) {
  const pair = { patientId, psychologistId: auth.userId }
  if (patientId === auth.userId || !(await hasAppointmentBetween(deps.db, pair))) {
    throw new AppError('NOT_FOUND', 'no such patient of this psychologist')
  }
}

function recommendationOf(row: RecommendationRow): CourseRecommendation {
  return {
    id: row.id,
    course: courseBriefOf(row),
    psychologist: { id: row.psychologist_id, name: personNameOf(row.psychologist_profile) },
    note: row.note,
    createdAt: row.created_at,
    myEnrollment: enrollmentBriefOf(row),
  }
}

/**
 * A psychologist recommends a published course to their own patient; recommending it again
 * refreshes the note and brings it back to the top (`created: false`). It is also posted, once,
 * in their thread (course-recommendation-post.ts).
 */
export async function recommendCourse(
  deps: LearningDeps,
  auth: AuthContext,
  patientId: string,
  body: CreateCourseRecommendationBody,
): Promise<{ recommendation: CourseRecommendation; created: boolean }> {
  await requireTreating(deps, auth, patientId)
  const course = await findCourse(deps.db, body.courseId)
  if (!course?.isPublished) throw new AppError('NOT_FOUND', 'no such course')
  const note = body.note || null
  const saved = await upsertRecommendation(deps.db, {
    courseId: course.id,
    patientId,
    psychologistId: auth.userId,
    note,
  })
  await postRecommendation(deps, auth, { id: saved.id, patientId, course, note })
  const [row] = await listRecommendationRows(deps.db, { patientId, id: saved.id, limit: 1 })
  if (!row) throw new Error('a saved recommendation is not listed')
  return { recommendation: recommendationOf(row), created: saved.created }
}

/** The courses my psychologists recommended to me, newest first, with my progress in each. */
export async function listMyRecommendations(
  deps: LearningDeps,
  auth: AuthContext,
  query: { cursor?: string; limit: number },
): Promise<CourseRecommendationPage> {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listRecommendationRows(deps.db, {
    patientId: auth.userId,
    after: before ? { at: before.createdAt.toISOString(), id: before.id } : undefined,
    limit: query.limit,
  })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  return {
    items: page.map(recommendationOf),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  }
}

/**
 * The exercise answers my patient chose to share, newest first. What patients write about
 * themselves is clinical: every read is audited (`exercise_answers.read`), and a failed audit
 * write means nothing is answered.
 */
export async function listSharedAnswers(
  deps: LearningDeps,
  auth: AuthContext,
  patientId: string,
  query: { cursor?: string; limit: number },
): Promise<SharedExerciseAnswerPage> {
  await requireTreating(deps, auth, patientId)
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listSharedAnswerRows(deps.db, {
    userId: patientId,
    after: before ? { at: before.createdAt.toISOString(), id: before.id } : undefined,
    limit: query.limit,
  })
  const page = rows.slice(0, query.limit)
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'exercise_answers.read',
    resource: 'user',
    resourceId: patientId,
    changes: { answerIds: page.map((row) => row.id) },
  })
  const last = page.at(-1)
  return {
    items: page.map((row) => ({
      id: row.id,
      lessonId: row.lesson_id,
      courseId: row.course_id,
      answer: row.answer,
      sharedWithPsychologist: true,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      lessonTitle: row.lesson_title,
      courseTitle: row.course_title,
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  }
}

/** My patient's progress in the courses they share with their psychologists. */
export async function listSharedEnrollments(
  deps: LearningDeps,
  auth: AuthContext,
  patientId: string,
): Promise<SharedEnrollmentList> {
  await requireTreating(deps, auth, patientId)
  const rows = await listSharedEnrollmentRows(deps.db, patientId)
  return { items: rows.map((row) => ({ ...enrollmentOfColumns(row), course: courseBriefOf(row) })) }
}
