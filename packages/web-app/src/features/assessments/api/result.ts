import { useQuery } from '@tanstack/react-query'
import type { AssessmentResult } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { assessmentKeys } from './assessment-keys.ts'

/** One of my results in full. */
export function useResult(id: string) {
  return useQuery({
    queryKey: assessmentKeys.result(id),
    queryFn: () =>
      apiFetch<AssessmentResult>(`/api/v1/assessments/results/${encodeURIComponent(id)}`),
  })
}
