import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { UnreadCount } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { markReadInList, setUnreadCount } from './notification-cache.ts'

/** POST /notifications/:id/read; the answer's count replaces the badge's. */
export function useMarkRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<UnreadCount>(`/api/v1/notifications/${encodeURIComponent(id)}/read`, {
        method: 'POST',
      }),
    onSuccess: ({ unreadCount }, id) => {
      markReadInList(queryClient, new Date().toISOString(), id)
      setUnreadCount(queryClient, unreadCount)
    },
  })
}

/** POST /notifications/read-all */
export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<UnreadCount>('/api/v1/notifications/read-all', { method: 'POST' }),
    onSuccess: ({ unreadCount }) => {
      markReadInList(queryClient, new Date().toISOString())
      setUnreadCount(queryClient, unreadCount)
    },
  })
}
