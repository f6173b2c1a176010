import { useQuery } from '@tanstack/react-query'
import type { User, UserPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** People by name or phone (the users list, `users.read.any`); off until two characters. */
export function usePeopleSearch(query: string, enabled: boolean) {
  const q = query.trim()
  return useQuery({
    queryKey: ['admin', 'people-search', q],
    queryFn: () => apiFetch<UserPage>(`/api/v1/users?${new URLSearchParams({ q, limit: '8' })}`),
    enabled: enabled && q.length >= 2,
    staleTime: 30_000,
  })
}

/** One person by id (`users.read.any`), to name an id that came from the address bar. */
export function usePersonById(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['admin', 'person-by-id', id],
    queryFn: () => apiFetch<User>(`/api/v1/users/${id}`),
    enabled,
    staleTime: 30_000,
  })
}
