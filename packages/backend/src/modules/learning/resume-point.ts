import type { ResumePoint } from '@yektayar/shared'

interface Step {
  id: string
  position: number
}

/**
 * Where "continue" takes a learner: the first unfinished lesson from the last one they touched
 * onwards, else the first unfinished one from the start; none when every lesson is done. The
 * SQL twin is NEXT_LESSON in my-courses.repository.ts.
 */
export function resumePointOf(
  lessons: Step[],
  progress: Map<string, { completed: boolean; positionSeconds: number }>,
  lastLessonId: string | null,
): ResumePoint | null {
  const ordered = [...lessons].sort((a, b) => a.position - b.position)
  const from = ordered.find((lesson) => lesson.id === lastLessonId)?.position ?? 0
  const unfinished = ordered.filter((lesson) => !progress.get(lesson.id)?.completed)
  const next = unfinished.find((lesson) => lesson.position >= from) ?? unfinished[0]
  if (!next) return null
  return { lessonId: next.id, positionSeconds: progress.get(next.id)?.positionSeconds ?? 0 }
}
