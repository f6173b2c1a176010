import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ClinicianDetail, UpdateClinicianListingBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { clinicianKey } from './clinician.ts'
import { CLINICIANS_KEY } from './clinician-queue.ts'

/** A verifier's edit of a listing (audited); the answer is the profile as it now stands. */
export function useUpdateListing(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: UpdateClinicianListingBody) =>
      apiFetch<ClinicianDetail>(`/api/v1/admin/clinicians/${id}/listing`, {
        method: 'PATCH',
        body,
      }),
    onSuccess: (detail) => {
      queryClient.setQueryData(clinicianKey(id), detail)
      return queryClient.invalidateQueries({ queryKey: [...CLINICIANS_KEY, 'list'] })
    },
  })
}
