import { useQuery } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKey } from './course-keys.ts'

/** A course with all its lessons and their content, as its authors see it. */
export function useCourse(courseId: string) {
  return useQuery({
    queryKey: courseKey(courseId),
    queryFn: () => apiFetch<CourseDetail>(`/api/v1/courses/${courseId}`),
  })
}
