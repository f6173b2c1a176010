import type {
  CourseDetail,
  createLessonBodySchema,
  Lesson,
  LessonOrderBody,
  UpdateLessonBody,
} from '@yektayar/shared'
import { MAX_LESSONS_PER_COURSE } from '@yektayar/shared'
import type { z } from 'zod'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findCourse, refreshCourseDuration } from './course.repository.ts'
import { getCourseDetail } from './course-detail.service.ts'
import { claimCourseMedia } from './course-media-port.ts'
import { deriveProgress } from './enrollment.repository.ts'
import { catalogueChanged, type LearningDeps } from './learning-deps.ts'
import {
  appendLesson,
  deleteLesson,
  findLesson,
  type LessonRow,
  listLessons,
  reorderLessons,
  updateLesson,
} from './lesson.repository.ts'
import { lessonViewOf } from './lesson-views.ts'
import { requireSafeMarkdown } from './markdown-check.ts'

type CreateLessonInput = z.output<typeof createLessonBodySchema>

/**
 * Runs a change of a course's lessons under the course's row lock, then brings what depends on
 * them up to date in the same transaction: the course's length, and every enrolment's derived
 * progress (a new lesson lowers it, a removed one may complete it).
 */
async function changeLessons<T>(
  deps: LearningDeps,
  courseId: string,
  change: (tx: Db) => Promise<T>,
): Promise<T> {
  const result = await deps.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseId, { forUpdate: true })
    if (!course) throw new AppError('NOT_FOUND', 'no such course')
    const changed = await change(tx)
    await refreshCourseDuration(tx, courseId)
    await deriveProgress(tx, courseId)
    return changed
  })
  catalogueChanged(deps)
  return result
}

/** Puts a lesson's video and captions on the course, checking each is of its kind. */
async function claimLessonMedia(
  tx: Db,
  auth: AuthContext,
  courseId: string,
  media: { videoFileId?: string | null; captionsFileId?: string | null },
) {
  const claimerId = auth.userId
  if (media.videoFileId) {
    await claimCourseMedia(tx, { courseId, claimerId, fileId: media.videoFileId }, 'video')
  }
  if (media.captionsFileId) {
    await claimCourseMedia(tx, { courseId, claimerId, fileId: media.captionsFileId }, 'captions')
  }
}

/** A lesson at the end of the course; its Markdown is checked, its media claimed. */
export async function addLesson(
  deps: LearningDeps,
  auth: AuthContext,
  courseId: string,
  body: CreateLessonInput,
): Promise<Lesson> {
  requireSafeMarkdown(body.body, 'body.body')
  const row = await changeLessons(deps, courseId, async (tx) => {
    if ((await listLessons(tx, courseId)).length >= MAX_LESSONS_PER_COURSE) {
      throw new AppError('CONFLICT', `at most ${MAX_LESSONS_PER_COURSE} lessons`)
    }
    if (body.kind === 'video') await claimLessonMedia(tx, auth, courseId, body)
    return appendLesson(tx, { ...body, courseId })
  })
  return lessonViewOf(row, { locked: false })
}

/** Fields a kind of lesson has beside the common ones; anything else is LESSON_FIELD_MISMATCH. */
const OWN_FIELDS: Record<string, (keyof UpdateLessonBody)[]> = {
  article: [],
  video: ['videoFileId', 'captionsFileId'],
  exercise: ['exercise'],
}
const KIND_FIELDS: (keyof UpdateLessonBody)[] = ['videoFileId', 'captionsFileId', 'exercise']

function requireFieldsOf(lesson: LessonRow, body: UpdateLessonBody): void {
  const own = OWN_FIELDS[lesson.kind] ?? []
  const foreign = KIND_FIELDS.filter((field) => field in body && !own.includes(field))
  if (lesson.kind === 'article' && 'body' in body && !body.body) foreign.push('body')
  if (foreign.length === 0) return
  throw new AppError('LESSON_FIELD_MISMATCH', `not for a ${lesson.kind} lesson`, {
    errors: foreign.map((field) => ({ path: `body.${field}`, message: lesson.kind })),
  })
}

async function requireLesson(db: Db, lessonId: string): Promise<LessonRow> {
  const lesson = await findLesson(db, lessonId)
  if (!lesson) throw new AppError('NOT_FOUND', 'no such lesson')
  return lesson
}

export async function editLesson(
  deps: LearningDeps,
  auth: AuthContext,
  lessonId: string,
  body: UpdateLessonBody,
): Promise<Lesson> {
  const lesson = await requireLesson(deps.db, lessonId)
  requireFieldsOf(lesson, body)
  requireSafeMarkdown(body.body, 'body.body')
  const row = await changeLessons(deps, lesson.courseId, async (tx) => {
    await claimLessonMedia(tx, auth, lesson.courseId, body)
    return updateLesson(tx, lesson.id, body)
  })
  if (!row) throw new AppError('NOT_FOUND', 'no such lesson')
  return lessonViewOf(row, { locked: false })
}

/** Removes a lesson (and its learners' progress in it); the others close ranks. */
export async function removeLesson(deps: LearningDeps, lessonId: string): Promise<void> {
  const lesson = await requireLesson(deps.db, lessonId)
  await changeLessons(deps, lesson.courseId, async (tx) => {
    const current = await findLesson(tx, lesson.id)
    if (current) await deleteLesson(tx, current)
  })
}

/** Every lesson of the course exactly once, in the new order; else LESSON_ORDER_MISMATCH. */
export async function orderLessons(
  deps: LearningDeps,
  auth: AuthContext,
  courseId: string,
  body: LessonOrderBody,
): Promise<CourseDetail> {
  await changeLessons(deps, courseId, async (tx) => {
    const current = new Set((await listLessons(tx, courseId)).map((lesson) => lesson.id))
    const same =
      current.size === body.lessonIds.length && body.lessonIds.every((id) => current.has(id))
    if (!same) throw new AppError('LESSON_ORDER_MISMATCH', 'not exactly the course’s lessons')
    await reorderLessons(tx, courseId, body.lessonIds)
  })
  return getCourseDetail(deps.db, auth, courseId)
}
