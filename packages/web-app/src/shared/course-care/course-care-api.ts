import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query'
import type {
  CoursePage,
  CourseRecommendation,
  CreateCourseRecommendationBody,
  SharedEnrollmentList,
  SharedExerciseAnswerPage,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`

/** Published courses to recommend from: the catalogue's first, largest page. */
export function useRecommendableCourses() {
  return useQuery({
    queryKey: ['courses', 'list', 'recommendable'],
    queryFn: () => apiFetch<CoursePage>('/api/v1/courses?limit=50'),
  })
}

/** Recommends a course to my patient; again for the same course refreshes the note. */
export function useRecommendCourse(patientId: string) {
  return useMutation({
    mutationFn: (body: CreateCourseRecommendationBody) =>
      apiFetch<CourseRecommendation>(`${patientPath(patientId)}/course-recommendations`, {
        method: 'POST',
        body,
      }),
  })
}

/** The patient's progress in the courses they share with me; 404 without a treating relation. */
export function useSharedEnrollments(patientId: string) {
  return useQuery({
    queryKey: ['course-care', patientId, 'enrollments'],
    queryFn: () => apiFetch<SharedEnrollmentList>(`${patientPath(patientId)}/enrollments`),
  })
}

/** Answers the patient shared with me, newest first (each read is audited by the server). */
export function useSharedAnswers(patientId: string) {
  return useInfiniteQuery({
    queryKey: ['course-care', patientId, 'answers'],
    queryFn: ({ pageParam }) =>
      apiFetch<SharedExerciseAnswerPage>(
        `${patientPath(patientId)}/exercise-answers?limit=10${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
