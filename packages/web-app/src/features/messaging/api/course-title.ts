import { useQuery } from '@tanstack/react-query'
import type { CourseDetail } from '@yektayar/shared/types'
import { apiFetch, useLanguage } from '@yektayar/ui'
import { inLanguage } from '../../../shared/courses/course-display.tsx'

/**
 * The title of a course a message recommends, in the reader's language, fetched when the card
 * shows (GET /courses/:id); undefined while loading or when the course cannot be read.
 */
export function useCourseTitle(courseId: string): string | undefined {
  const language = useLanguage()
  const { data } = useQuery({
    queryKey: ['messaging', 'course-title', courseId],
    queryFn: () => apiFetch<CourseDetail>(`/api/v1/courses/${encodeURIComponent(courseId)}`),
    select: (course) => ({ title: course.title, titleEn: course.titleEn }),
    staleTime: 10 * 60_000,
  })
  return data && inLanguage(data.title, data.titleEn, language)
}
