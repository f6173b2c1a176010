import { useQuery } from '@tanstack/react-query'
import type { ProfessionalDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** One psychologist's public profile: the directory's profile page and booking both show it. */
export function useProfessional(id: string) {
  return useQuery({
    queryKey: ['professionals', 'detail', id],
    queryFn: () => apiFetch<ProfessionalDetail>(`/api/v1/professionals/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  })
}
