import { useQuery } from '@tanstack/react-query'
import type { UserPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** Psychologists for the filter menu (the users list, `users.read.any`); off without it. */
export function usePsychologists(enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'psychologists-menu'],
    queryFn: () => apiFetch<UserPage>('/api/v1/users?type=psychologist&limit=100'),
    enabled,
    staleTime: 5 * 60_000,
  })
}
