import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { type CourseRow, findCourse } from './course.repository.ts'

/** Authors and admins: see every course, unpublished or priced, and change them. */
export function isCourseManager(auth: AuthContext | null): boolean {
  return auth?.permissions.has('courses.manage') === true
}

/** An unpublished course answers like a missing one, except to those who author courses. */
export async function requireVisibleCourse(
  db: Db,
  auth: AuthContext | null,
  courseId: string,
): Promise<CourseRow> {
  const course = await findCourse(db, courseId)
  if (!course || (!course.isPublished && !isCourseManager(auth))) {
    throw new AppError('NOT_FOUND', 'no such course')
  }
  return course
}

/**
 * Whether the course's content is closed to this reader: priced, and neither bought (a
 * priced course's enrolment is created by its payment) nor theirs to author.
 */
export function isLocked(course: CourseRow, auth: AuthContext | null, enrolled: boolean): boolean {
  return course.priceIrr > 0 && !enrolled && !isCourseManager(auth)
}
