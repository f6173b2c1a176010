import { useQuery } from '@tanstack/react-query'
import type { User } from '@yektayar/shared'
import { apiFetch } from '../../api/api-fetch.ts'

export const ME_KEY = ['users', 'me'] as const

/** My account: profile, preferences and identifiers. Only asked for while signed in. */
export function useMe(enabled = true) {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => apiFetch<User>('/api/v1/users/me'),
    enabled,
  })
}
