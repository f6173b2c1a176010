import type { CourseDetail, createCourseBodySchema, UpdateCourseBody } from '@yektayar/shared'
import type { z } from 'zod'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findAccountOf } from '../users/accounts.service.ts'
import { findCourse, insertCourse, setPublished, updateCourse } from './course.repository.ts'
import { getCourseDetail } from './course-detail.service.ts'
import { claimCourseMedia } from './course-media-port.ts'
import { catalogueChanged, type LearningDeps } from './learning-deps.ts'
import { listLessons } from './lesson.repository.ts'
import { mediaUrlOf } from './lesson-views.ts'

const missing = () => new AppError('NOT_FOUND', 'no such course')

/** A reviewer is someone who can vouch for the content: an active psychologist or admin. */
async function requireReviewer(db: Db, reviewerId: string | null | undefined): Promise<void> {
  if (!reviewerId) return
  const account = await findAccountOf(db, reviewerId)
  if (!account?.isActive || account.type === 'patient') {
    throw new AppError('REVIEWER_INVALID', 'not an active psychologist or admin')
  }
}

/** The body's fields as columns; a new thumbnail is claimed for the course first. */
async function columnsOf(tx: Db, auth: AuthContext, courseId: string, body: UpdateCourseBody) {
  const { thumbnailFileId, ...fields } = body
  if (thumbnailFileId === undefined) return fields
  if (thumbnailFileId !== null) {
    await claimCourseMedia(
      tx,
      { courseId, claimerId: auth.userId, fileId: thumbnailFileId },
      'thumbnail',
    )
  }
  const thumbnailUrl = thumbnailFileId ? mediaUrlOf(thumbnailFileId) : null
  return { ...fields, thumbnailFileId, thumbnailUrl }
}

/** A new unpublished course; I am its author. */
export async function createCourse(
  deps: LearningDeps,
  auth: AuthContext,
  body: z.output<typeof createCourseBodySchema>,
): Promise<CourseDetail> {
  await requireReviewer(deps.db, body.reviewerId)
  const id = await deps.db.transaction(async (tx) => {
    const { thumbnailFileId, ...fields } = body
    const course = await insertCourse(tx, {
      ...fields,
      authorId: auth.userId,
      isPublished: false,
      durationMinutes: 0,
    })
    if (thumbnailFileId) {
      await updateCourse(tx, course.id, await columnsOf(tx, auth, course.id, { thumbnailFileId }))
    }
    return course.id
  })
  return getCourseDetail(deps.db, auth, id)
}

export async function editCourse(
  deps: LearningDeps,
  auth: AuthContext,
  courseId: string,
  body: UpdateCourseBody,
): Promise<CourseDetail> {
  await requireReviewer(deps.db, body.reviewerId)
  await deps.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseId, { forUpdate: true })
    if (!course) throw missing()
    await updateCourse(tx, course.id, await columnsOf(tx, auth, course.id, body))
  })
  catalogueChanged(deps)
  return getCourseDetail(deps.db, auth, courseId)
}

/**
 * Publishes a course that has lessons, each with its content (a video lesson whose file was
 * removed has none), or unpublishes it: it then answers 404 to everyone but authors, enrolled
 * learners included, until it is published again. Either is idempotent.
 */
export async function setCoursePublished(
  deps: LearningDeps,
  auth: AuthContext,
  courseId: string,
  published: boolean,
): Promise<CourseDetail> {
  await deps.db.transaction(async (tx) => {
    const course = await findCourse(tx, courseId, { forUpdate: true })
    if (!course) throw missing()
    if (published) {
      const lessons = await listLessons(tx, course.id)
      const incomplete = lessons.find((lesson) => lesson.kind === 'video' && !lesson.videoFileId)
      if (lessons.length === 0 || incomplete) {
        throw new AppError(
          'COURSE_NOT_PUBLISHABLE',
          incomplete ? 'a video lesson has no video' : 'no lessons',
        )
      }
    }
    await setPublished(tx, course.id, published)
  })
  catalogueChanged(deps)
  return getCourseDetail(deps.db, auth, courseId)
}
