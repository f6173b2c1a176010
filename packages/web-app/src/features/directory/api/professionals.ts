import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ProfessionalDetail, ProfessionalPage } from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'

export const PROFESSIONALS_KEY = ['professionals'] as const

/** One page of the directory; `query` is the filter part of the URL, built by directory-filters. */
export function fetchProfessionals(
  query: string,
  cursor: string | null,
): Promise<ProfessionalPage> {
  const params = new URLSearchParams(query)
  if (cursor) params.set('cursor', cursor)
  return apiFetch<ProfessionalPage>(`/api/v1/professionals?${params}`)
}

/** The directory, page by page ("more"); a new filter keeps the old cards until its answer. */
export function useProfessionals(query: string) {
  return useInfiniteQuery({
    queryKey: [...PROFESSIONALS_KEY, 'list', query],
    queryFn: ({ pageParam }) => fetchProfessionals(query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  })
}

export function professionalKey(id: string) {
  return [...PROFESSIONALS_KEY, 'detail', id] as const
}

export function useProfessional(id: string) {
  return useQuery({
    queryKey: professionalKey(id),
    queryFn: () => apiFetch<ProfessionalDetail>(`/api/v1/professionals/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  })
}
