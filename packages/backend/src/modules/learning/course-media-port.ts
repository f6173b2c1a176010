import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'

export interface CourseMediaFile {
  id: string
  mime: string
}

export interface ClaimRequest {
  courseId: string
  /** The author putting the files on the course: they may take their own unlinked uploads. */
  claimerId: string
  fileIds: string[]
}

/**
 * How learning puts uploads on a course without importing the files module, which already
 * depends on learning for who may read course media (docs/ARCHITECTURE.md, module edges go one
 * way): files provides this from its plugin, as it does messaging's attachments.
 */
export interface CourseMediaPort {
  /**
   * In the caller's transaction: those of the files that are ready `course_media` uploads,
   * either the claimer's own and on no course yet or already on this course, now on this course
   * and in use; answered with their types.
   */
  claim(tx: Db, request: ClaimRequest): Promise<CourseMediaFile[]>
}

// Plain functions of the files module: every app built in one process provides the same ones.
let port: CourseMediaPort | undefined

export function provideCourseMedia(provided: CourseMediaPort): void {
  port = provided
}

/** What each use accepts, by the type the files module read from the content. */
const ACCEPTS = {
  video: /^video\/(mp4|webm)$/,
  captions: /^text\/vtt$/,
  thumbnail: /^image\/webp$/,
}

export type CourseMediaUse = keyof typeof ACCEPTS

/**
 * Puts one upload on the course for one use (a lesson's video or captions, the thumbnail), or
 * FILE_NOT_USABLE and the caller's transaction rolls back.
 */
export async function claimCourseMedia(
  tx: Db,
  request: { courseId: string; claimerId: string; fileId: string },
  use: CourseMediaUse,
): Promise<void> {
  const claimed = port ? await port.claim(tx, { ...request, fileIds: [request.fileId] }) : []
  const file = claimed[0]
  if (!file || !ACCEPTS[use].test(file.mime)) {
    throw new AppError('FILE_NOT_USABLE', `not a ready course media file for ${use}`)
  }
}
