import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { SubmitAssessmentBody, SubmitAssessmentResponse } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { showSafetyDecision } from '../../../shared/safety/safety-decision-store.ts'
import { assessmentKeys } from './assessment-keys.ts'

/**
 * Sends my answers. The safety decision goes to the app shell at once (its crisis card reads
 * it), before anything else happens on the page.
 */
export function useSubmitAssessment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SubmitAssessmentBody) =>
      apiFetch<SubmitAssessmentResponse>(`/api/v1/assessments/${encodeURIComponent(id)}/submit`, {
        method: 'POST',
        body,
      }),
    onSuccess: (answer) => {
      showSafetyDecision(answer.safety)
      queryClient.setQueryData(assessmentKeys.result(answer.result.id), answer.result)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  })
}
