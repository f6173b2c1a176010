import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CourseDetail, Enrollment } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKeys } from './course-keys.ts'

/** Lets my psychologists see my progress in a course, or stops it. */
export function useEnrollmentSharing(courseId: string, enrollmentId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (sharedWithPsychologist: boolean) =>
      apiFetch<Enrollment>(`/api/v1/enrollments/${encodeURIComponent(enrollmentId)}/sharing`, {
        method: 'PATCH',
        body: { sharedWithPsychologist },
      }),
    onSuccess: (enrollment) =>
      client.setQueryData<CourseDetail>(courseKeys.detail(courseId), (course) =>
        course ? { ...course, myEnrollment: enrollment } : course,
      ),
  })
}
