import { useInfiniteQuery } from '@tanstack/react-query'
import type { DocumentFilePage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** Every query of my documents; an upload, a link or a delete refreshes them all. */
export const MY_DOCUMENTS_KEY = ['documents', 'mine'] as const

const PAGE_SIZE = 50

/** GET /users/me/documents: newest first, a page at a time. */
export function useMyDocuments() {
  return useInfiniteQuery({
    queryKey: MY_DOCUMENTS_KEY,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<DocumentFilePage>(`/api/v1/users/me/documents?${params}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
