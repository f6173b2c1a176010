import { useInfiniteQuery } from '@tanstack/react-query'
import type { UserPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const PEOPLE_KEY = ['admin', 'people'] as const

/** GET /users?q=: people by name, phone (any form) or email, newest first, page by page. */
export function usePeople(q: string) {
  return useInfiniteQuery({
    queryKey: [...PEOPLE_KEY, 'search', q],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ q, limit: '25' })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<UserPage>(`/api/v1/users?${params}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: q.length >= 2,
  })
}
