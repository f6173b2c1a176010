import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { COURSE_LIST_KEY, courseKey } from './course-keys.ts'

/** Publishes a course (`true`) or takes it back (`false`); both are idempotent. */
export function usePublishCourse(courseId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (published: boolean) =>
      apiFetch<CourseDetail>(`/api/v1/courses/${courseId}/${published ? 'publish' : 'unpublish'}`, {
        method: 'POST',
      }),
    onSuccess: (course) => {
      queryClient.setQueryData(courseKey(course.id), course)
      return queryClient.invalidateQueries({ queryKey: COURSE_LIST_KEY })
    },
  })
}
