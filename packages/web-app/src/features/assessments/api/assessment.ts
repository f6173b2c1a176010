import { useQuery } from '@tanstack/react-query'
import type { AssessmentDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { assessmentKeys } from './assessment-keys.ts'

/** An instrument's questions and my draft (by uuid or slug). */
export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKeys.detail(id),
    queryFn: () => apiFetch<AssessmentDetail>(`/api/v1/assessments/${encodeURIComponent(id)}`),
    // A draft saved on another device shows when this one comes back to the page.
    staleTime: 0,
  })
}
