import { useQuery } from '@tanstack/react-query'
import type { ThreadPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** Unread messages over my threads. */
export function useUnreadCount() {
  return useQuery({
    queryKey: ['threads', 'unread-total'],
    queryFn: async () => {
      const page = await apiFetch<ThreadPage>('/api/v1/threads?limit=50')
      return page.items.reduce((sum, thread) => sum + thread.unreadCount, 0)
    },
    refetchInterval: 60_000,
  })
}
