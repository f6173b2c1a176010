import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateLessonBody, Lesson, UpdateLessonBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { COURSE_LIST_KEY, courseKey } from './course-keys.ts'

export type SaveLessonInput =
  | { lessonId: null; body: CreateLessonBody }
  | { lessonId: string; body: UpdateLessonBody }

/** Adds a lesson at the end of the course, or edits one; the course is reread. */
export function useSaveLesson(courseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ lessonId, body }: SaveLessonInput) =>
      lessonId
        ? apiFetch<Lesson>(`/api/v1/lessons/${lessonId}`, { method: 'PATCH', body })
        : apiFetch<Lesson>(`/api/v1/courses/${courseId}/lessons`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: courseKey(courseId) }),
        queryClient.invalidateQueries({ queryKey: COURSE_LIST_KEY }),
      ]),
  })
}
