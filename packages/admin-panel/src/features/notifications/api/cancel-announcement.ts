import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Announcement } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ANNOUNCEMENTS_KEY } from './announcements.ts'

/** Cancels a scheduled announcement; the list is reread either way (it may have started). */
export function useCancelAnnouncement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<Announcement>(`/api/v1/admin/announcements/${id}/cancel`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ANNOUNCEMENTS_KEY }),
  })
}
