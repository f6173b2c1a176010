import type { Db } from '../../db/database.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findCourseStanding } from './course.repository.ts'
import { isCourseManager } from './course-access.ts'

/**
 * The files module's question about a `course_media` file on a course (file-access.service.ts):
 * may this reader have it? Authors always; otherwise only in a published course, where its
 * thumbnail is for everyone, and the rest for everyone in a free course and for those enrolled
 * (who bought it) in a priced one: the same people who see the lesson's content.
 */
export async function mayReadCourseMedia(
  db: Db,
  auth: AuthContext,
  file: { id: string; courseId: string },
): Promise<boolean> {
  if (isCourseManager(auth)) return true
  const course = await findCourseStanding(db, file.courseId, auth.userId)
  if (!course?.isPublished) return false
  return course.thumbnailFileId === file.id || course.priceIrr === 0 || course.enrolled
}
