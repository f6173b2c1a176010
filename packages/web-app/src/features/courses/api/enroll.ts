import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Enrollment } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { courseKeys } from './course-keys.ts'

/** Enrols me (idempotent: a second tap answers the same enrolment); 402 for a priced course. */
export function useEnroll(courseId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiFetch<Enrollment>(`/api/v1/courses/${encodeURIComponent(courseId)}/enroll`, {
        method: 'POST',
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: courseKeys.detail(courseId) })
      void client.invalidateQueries({ queryKey: courseKeys.lists })
      void client.invalidateQueries({ queryKey: courseKeys.myEnrollments })
    },
  })
}
