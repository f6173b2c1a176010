import type { Lesson, LessonKind } from '@yektayar/shared'
import { lessonProgressOf } from './course-views.ts'
import type { LessonRow } from './lesson.repository.ts'
import type { LessonProgressRow } from './progress.repository.ts'

/** How the files API serves a course media file (GET with the session, ranges for video). */
export const mediaUrlOf = (fileId: string) => `/api/v1/files/${fileId}`

const mediaRef = (fileId: string | null) => (fileId ? { fileId, url: mediaUrlOf(fileId) } : null)

/**
 * A lesson as the reader may see it: a locked course (priced, not bought) lists its lessons
 * without their content.
 */
export function lessonViewOf(
  row: LessonRow,
  options: { locked: boolean; progress?: LessonProgressRow },
): Lesson {
  const open = !options.locked
  return {
    id: row.id,
    courseId: row.courseId,
    position: row.position,
    kind: row.kind as LessonKind,
    title: row.title,
    titleEn: row.titleEn,
    durationSeconds: row.durationSeconds,
    body: open ? row.body : null,
    video: open ? mediaRef(row.videoFileId) : null,
    captions: open ? mediaRef(row.captionsFileId) : null,
    exercise: open ? (row.exercise ?? null) : null,
    myProgress: options.progress ? lessonProgressOf(options.progress) : null,
  }
}
