import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKey } from './course-keys.ts'

/**
 * Puts the lessons in a new order. The list moves at once (optimistically) and goes back if the
 * server refuses, e.g. when another author added or removed a lesson meanwhile.
 */
export function useOrderLessons(courseId: string) {
  const queryClient = useQueryClient()
  const key = courseKey(courseId)
  return useMutation({
    mutationFn: (lessonIds: string[]) =>
      apiFetch<CourseDetail>(`/api/v1/courses/${courseId}/lesson-order`, {
        method: 'PUT',
        body: { lessonIds },
      }),
    onMutate: async (lessonIds) => {
      await queryClient.cancelQueries({ queryKey: key })
      const before = queryClient.getQueryData<CourseDetail>(key)
      if (before) {
        const byId = new Map(before.lessons.map((lesson) => [lesson.id, lesson]))
        const lessons = lessonIds.flatMap((id, index) => {
          const lesson = byId.get(id)
          return lesson ? [{ ...lesson, position: index + 1 }] : []
        })
        queryClient.setQueryData<CourseDetail>(key, { ...before, lessons })
      }
      return { before }
    },
    onError: (_error, _ids, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before)
    },
    onSuccess: (course) => queryClient.setQueryData(key, course),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  })
}
