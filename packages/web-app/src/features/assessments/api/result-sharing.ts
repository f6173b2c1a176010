import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AssessmentResult } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { assessmentKeys } from './assessment-keys.ts'

/** Shows a result to my psychologists, or withdraws it. */
export function useResultSharing(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (shared: boolean) =>
      apiFetch<AssessmentResult>(`/api/v1/assessments/results/${encodeURIComponent(id)}/sharing`, {
        method: 'PUT',
        body: { shared },
      }),
    onSuccess: (result) => queryClient.setQueryData(assessmentKeys.result(id), result),
    onSettled: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  })
}
