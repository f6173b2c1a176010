import { useQuery } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKeys } from './course-keys.ts'

/** A course with its lessons, my enrolment, my progress in each lesson and where to resume. */
export function useCourse(courseId: string) {
  return useQuery({
    queryKey: courseKeys.detail(courseId),
    queryFn: () => apiFetch<CourseDetail>(`/api/v1/courses/${encodeURIComponent(courseId)}`),
  })
}
