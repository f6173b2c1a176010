import { useQuery } from '@tanstack/react-query'
import type { User, UserAccess } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { PEOPLE_KEY } from './people.ts'

export const personKey = (id: string) => [...PEOPLE_KEY, 'person', id] as const

/** GET /users/:id: the account, its identifiers and two-step state. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: () => apiFetch<User>(`/api/v1/users/${id}`),
  })
}

/** GET /users/:id/groups: groups, direct grants and the permissions they add up to. */
export function usePersonGroups(id: string) {
  return useQuery({
    queryKey: [...personKey(id), 'groups'],
    queryFn: () => apiFetch<UserAccess>(`/api/v1/users/${id}/groups`),
  })
}
