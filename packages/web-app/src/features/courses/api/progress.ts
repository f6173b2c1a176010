import type { QueryClient } from '@tanstack/react-query'
import type {
  CourseDetail,
  ProgressUpdateBody,
  ProgressUpdateResponse,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKeys } from './course-keys.ts'

/**
 * Records progress in a lesson. `keepalive` lets the last report of a page that is closing
 * reach the server after the page is gone.
 */
export function sendProgress(
  enrollmentId: string,
  body: ProgressUpdateBody,
  keepalive = false,
): Promise<ProgressUpdateResponse> {
  return apiFetch<ProgressUpdateResponse>(
    `/api/v1/enrollments/${encodeURIComponent(enrollmentId)}/progress`,
    { method: 'PATCH', body, keepalive },
  )
}

/** The course page and the lesson list show the server's answer at once, without a refetch. */
export function applyProgress(
  client: QueryClient,
  courseId: string,
  answer: ProgressUpdateResponse,
) {
  client.setQueryData<CourseDetail>(courseKeys.detail(courseId), (course) =>
    course
      ? {
          ...course,
          myEnrollment: answer.enrollment,
          lessons: course.lessons.map((lesson) =>
            lesson.id === answer.lesson.lessonId
              ? { ...lesson, myProgress: answer.lesson }
              : lesson,
          ),
        }
      : course,
  )
  // The catalogue's rings and the dashboard's card follow when next shown.
  void client.invalidateQueries({ queryKey: courseKeys.lists, refetchType: 'none' })
  void client.invalidateQueries({ queryKey: courseKeys.myEnrollments, refetchType: 'none' })
}
