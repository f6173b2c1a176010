import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query'
import type { NotificationPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { setUnreadCount } from './notification-cache.ts'
import { notificationKeys } from './notification-keys.ts'

const PAGE_SIZE = 20

function fetchNotifications(cursor: string | null): Promise<NotificationPage> {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) })
  if (cursor) params.set('cursor', cursor)
  return apiFetch<NotificationPage>(`/api/v1/notifications?${params}`)
}

/**
 * My notifications, newest first, page by page (keyset: each page names the next). Every page
 * carries the unread count, which the bell takes as the latest word.
 */
export function useNotificationList() {
  const queryClient = useQueryClient()
  return useInfiniteQuery({
    queryKey: notificationKeys.list,
    queryFn: async ({ pageParam }) => {
      const page = await fetchNotifications(pageParam)
      setUnreadCount(queryClient, page.unreadCount)
      return page
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
