import { useQuery } from '@tanstack/react-query'
import type {
  CourseRecommendationPage,
  MyEnrollment,
  MyEnrollmentPage,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

const lastTouched = async (status: 'active' | 'completed') =>
  (await apiFetch<MyEnrollmentPage>(`/api/v1/enrollments/me?status=${status}&limit=1`)).items[0] ??
  null

/**
 * The course to continue: the unfinished one touched last, with its next lesson and position;
 * when none is unfinished, the one finished last (the card then says so).
 */
export function useCourseToContinue() {
  return useQuery({
    // Under the courses pages' key: progress reported there marks it stale.
    queryKey: ['enrollments', 'me', 'continue'],
    queryFn: async (): Promise<MyEnrollment | null> =>
      (await lastTouched('active')) ?? (await lastTouched('completed')),
  })
}

/** Courses my psychologists recommended, newest first, with my own progress in each. */
export function useCourseRecommendations() {
  return useQuery({
    queryKey: ['enrollments', 'me', 'recommendations'],
    queryFn: () =>
      apiFetch<CourseRecommendationPage>('/api/v1/users/me/course-recommendations?limit=3'),
  })
}
