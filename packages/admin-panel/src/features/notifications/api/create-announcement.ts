import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Announcement, CreateAnnouncementBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ANNOUNCEMENTS_KEY } from './announcements.ts'

/** Sends (or schedules) an announcement; the list then shows it. */
export function useCreateAnnouncement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateAnnouncementBody) =>
      apiFetch<Announcement>('/api/v1/admin/announcements', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ANNOUNCEMENTS_KEY }),
  })
}
