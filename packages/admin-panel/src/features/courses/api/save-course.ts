import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CourseDetail, CreateCourseBody, UpdateCourseBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { COURSE_LIST_KEY, courseKey } from './course-keys.ts'

/** A new course (POST) or changes to one (PATCH); the list and the course are reread. */
export function useSaveCourse(courseId: string | null) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateCourseBody | UpdateCourseBody) =>
      courseId
        ? apiFetch<CourseDetail>(`/api/v1/courses/${courseId}`, { method: 'PATCH', body })
        : apiFetch<CourseDetail>('/api/v1/courses', { method: 'POST', body }),
    onSuccess: (course) => {
      queryClient.setQueryData(courseKey(course.id), course)
      return queryClient.invalidateQueries({ queryKey: COURSE_LIST_KEY })
    },
  })
}
