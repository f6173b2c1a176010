import { useInfiniteQuery } from '@tanstack/react-query'
import type { DocumentFilePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

const PAGE_SIZE = 50

/**
 * GET /patients/{id}/documents: a patient's documents for their psychologist, newest first.
 * Every fetch is an audited read on the server, so it is not refetched on focus.
 */
export function usePatientDocuments(patientId: string) {
  return useInfiniteQuery({
    queryKey: ['documents', 'patient', patientId],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) })
      if (pageParam) params.set('cursor', pageParam)
      const path = `/api/v1/patients/${encodeURIComponent(patientId)}/documents?${params}`
      return apiFetch<DocumentFilePage>(path)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchOnWindowFocus: false,
  })
}
