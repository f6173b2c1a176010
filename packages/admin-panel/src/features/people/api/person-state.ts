import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { User } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { PEOPLE_KEY } from './people.ts'

/** POST /users/:id/activate or /deactivate, with the reason the audit trail keeps. */
export function useSetActive(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ active, reason }: { active: boolean; reason: string }) =>
      apiFetch<User>(`/api/v1/users/${id}/${active ? 'activate' : 'deactivate'}`, {
        method: 'POST',
        body: { reason },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  })
}

/** PUT /users/:id/totp-requirement, or DELETE /users/:id/totp to reset it. */
export function useTotpChange(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: { required: boolean } | 'reset') =>
      change === 'reset'
        ? apiFetch<void>(`/api/v1/users/${id}/totp`, { method: 'DELETE' })
        : apiFetch<void>(`/api/v1/users/${id}/totp-requirement`, { method: 'PUT', body: change }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  })
}
