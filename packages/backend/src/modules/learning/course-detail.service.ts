import type { CourseDetail, PersonRef } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { personNameOf } from '../professionals/person-name.ts'
import { type CourseRow, findEnrollmentOf, findProfiles } from './course.repository.ts'
import { isLocked, requireVisibleCourse } from './course-access.ts'
import { courseSummaryOf, enrollmentOf } from './course-views.ts'
import { listLessons } from './lesson.repository.ts'
import { lessonViewOf } from './lesson-views.ts'
import { type LessonProgressRow, listLessonProgress } from './progress.repository.ts'
import { resumePointOf } from './resume-point.ts'

async function peopleOf(db: Db, course: CourseRow) {
  const ids = [course.authorId, course.reviewerId].filter((id): id is string => id !== null)
  const names = new Map<string, PersonRef>()
  for (const row of await findProfiles(db, ids)) {
    names.set(row.id, { id: row.id, name: personNameOf(row.profile) })
  }
  const personOf = (id: string | null) => (id ? (names.get(id) ?? null) : null)
  return { author: personOf(course.authorId), reviewer: personOf(course.reviewerId) }
}

/**
 * A course with its lessons and the reader's own progress in each, and where "continue"
 * resumes. Unpublished: NOT_FOUND unless the reader authors courses. Priced and not bought:
 * the lessons are listed without their content (`locked`).
 */
export async function getCourseDetail(
  db: Db,
  auth: AuthContext | null,
  courseId: string,
): Promise<CourseDetail> {
  const course = await requireVisibleCourse(db, auth, courseId)
  const [lessons, enrollment, people] = await Promise.all([
    listLessons(db, course.id),
    auth ? findEnrollmentOf(db, auth.userId, course.id) : undefined,
    peopleOf(db, course),
  ])
  const progress = enrollment ? await listLessonProgress(db, enrollment.id) : []
  const byLesson = new Map<string, LessonProgressRow>(progress.map((row) => [row.lessonId, row]))
  const locked = isLocked(course, auth, enrollment !== undefined)
  const myEnrollment = enrollment ? enrollmentOf(enrollment) : null
  return {
    ...courseSummaryOf(course, { lessonCount: lessons.length, myEnrollment }),
    ...people,
    locked,
    lessons: lessons.map((row) => lessonViewOf(row, { locked, progress: byLesson.get(row.id) })),
    myEnrollment,
    resume: enrollment ? resumePointOf(lessons, byLesson, enrollment.lastLessonId) : null,
  }
}
