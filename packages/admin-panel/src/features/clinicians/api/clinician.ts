import { useQuery } from '@tanstack/react-query'
import type { ClinicianDetail, DocumentFilePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { CLINICIANS_KEY } from './clinician-queue.ts'

export const clinicianKey = (id: string) => [...CLINICIANS_KEY, 'detail', id] as const

/** One psychologist as a verifier reviews them. */
export function useClinician(id: string) {
  return useQuery({
    queryKey: clinicianKey(id),
    queryFn: () => apiFetch<ClinicianDetail>(`/api/v1/admin/clinicians/${id}`),
  })
}

/**
 * Their verification documents (licence, degrees): listing them is audited by the server, as
 * is each opening, so the list is asked for once per visit and never in the background.
 */
export function useVerificationDocuments(id: string) {
  return useQuery({
    queryKey: [...clinicianKey(id), 'documents'],
    queryFn: () => apiFetch<DocumentFilePage>(`/api/v1/admin/clinicians/${id}/documents`),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    meta: { sensitive: true },
  })
}
