import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'
import { COURSE_LIST_KEY, courseKey } from './course-keys.ts'

/** Removes a lesson; the ones after it move up, and the course is reread. */
export function useDeleteLesson(courseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (lessonId: string) =>
      apiFetch<void>(`/api/v1/lessons/${lessonId}`, { method: 'DELETE' }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: courseKey(courseId) }),
        queryClient.invalidateQueries({ queryKey: COURSE_LIST_KEY }),
      ]),
  })
}
