import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { ProfessionalPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

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
    queryKey: ['professionals', 'list', query],
    queryFn: ({ pageParam }) => fetchProfessionals(query, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  })
}
