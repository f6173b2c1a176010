import { useQuery } from '@tanstack/react-query'
import type { AssessmentList } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { assessmentKeys } from './assessment-keys.ts'

/** The instruments, my latest result and draft in each, and what I was asked to take. */
export function useAssessments() {
  return useQuery({
    queryKey: assessmentKeys.list(),
    queryFn: () => apiFetch<AssessmentList>('/api/v1/assessments'),
  })
}
