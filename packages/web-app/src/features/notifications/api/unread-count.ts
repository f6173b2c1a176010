import { useQuery } from '@tanstack/react-query'
import type { UnreadCount } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { notificationKeys } from './notification-keys.ts'

/**
 * How many of my notifications are unread, for the bell. The socket keeps it current; the
 * request runs on mount and when the tab comes back, in case events were missed meanwhile.
 */
export function useUnreadNotificationCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () =>
      (await apiFetch<UnreadCount>('/api/v1/notifications/unread-count')).unreadCount,
  })
}
