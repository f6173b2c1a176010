import { useQuery } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { fetchOrTakePrefetched } from '../../../shared/api/prefetched-answer.ts'
import { courseKeys } from './course-keys.ts'

/** A course with its lessons, my enrolment, my progress in each lesson and where to resume. */
export function useCourse(courseId: string) {
  return useQuery({
    queryKey: courseKeys.detail(courseId),
    // A course or lesson page opened from a link has this request under way already.
    queryFn: () =>
      fetchOrTakePrefetched<CourseDetail>(`/api/v1/courses/${encodeURIComponent(courseId)}`),
  })
}
