import type { Db } from '../../db/database.ts'
import type { ClaimRequest, CourseMediaPort } from '../learning/course-media-port.ts'
import { claimForCourse } from './file.repository.ts'

/**
 * Putting uploads on a course (learning's port, course-media-port.ts), in the authoring
 * transaction: from then on the learning module's rule decides who reads them
 * (file-access.service.ts), and they go when the course goes (ON DELETE CASCADE).
 */
async function claim(tx: Db, request: ClaimRequest) {
  const target = { ids: request.fileIds, courseId: request.courseId, claimerId: request.claimerId }
  const rows = await claimForCourse(tx, target, new Date())
  return rows.map((row) => ({ id: row.id, mime: row.mime }))
}

export const courseMedia: CourseMediaPort = { claim }
