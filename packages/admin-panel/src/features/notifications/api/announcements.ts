import { useInfiniteQuery } from '@tanstack/react-query'
import type { AnnouncementPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const ANNOUNCEMENTS_KEY = ['admin', 'announcements'] as const

function fetchAnnouncements(cursor: string | null): Promise<AnnouncementPage> {
  const params = new URLSearchParams({ limit: '20' })
  if (cursor) params.set('cursor', cursor)
  return apiFetch<AnnouncementPage>(`/api/v1/admin/announcements?${params}`)
}

/** Announcements, newest first, page by page. */
export function useAnnouncements() {
  return useInfiniteQuery({
    queryKey: ANNOUNCEMENTS_KEY,
    queryFn: ({ pageParam }) => fetchAnnouncements(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
