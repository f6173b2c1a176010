import { useInfiniteQuery } from '@tanstack/react-query'
import type { ClinicianFilter, ClinicianPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const CLINICIANS_KEY = ['admin', 'clinicians'] as const

/** The verification queue (`awaiting`, oldest first) or every psychologist, page by page. */
export function useClinicianQueue(status: ClinicianFilter) {
  return useInfiniteQuery({
    queryKey: [...CLINICIANS_KEY, 'list', status],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ status, limit: '50' })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<ClinicianPage>(`/api/v1/admin/clinicians?${params}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
