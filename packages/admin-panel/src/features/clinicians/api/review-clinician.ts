import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ProfessionalDetail, VerificationBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { CLINICIANS_KEY } from './clinician-queue.ts'

/** Approves a profile, or sends it back with a reason the psychologist is sent. */
export function useReviewClinician(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: VerificationBody) =>
      apiFetch<ProfessionalDetail>(`/api/v1/professionals/${id}/verification`, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CLINICIANS_KEY }),
  })
}
