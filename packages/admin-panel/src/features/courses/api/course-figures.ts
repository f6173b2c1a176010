import { useQuery } from '@tanstack/react-query'
import type { CourseFigures } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { figuresKey } from './course-keys.ts'

/** Enrolments and completions of a course, in total and for each of the last 12 weeks. */
export function useCourseFigures(courseId: string) {
  return useQuery({
    queryKey: figuresKey(courseId),
    queryFn: () => apiFetch<CourseFigures>(`/api/v1/courses/${courseId}/figures`),
  })
}
