import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { DeviceList, RevokedCount } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { personKey } from './person.ts'

const devicesKey = (id: string) => [...personKey(id), 'devices'] as const

/** GET /users/:id/sessions: the person's live sessions. */
export function usePersonDevices(id: string) {
  return useQuery({
    queryKey: devicesKey(id),
    queryFn: () => apiFetch<DeviceList>(`/api/v1/users/${id}/sessions`),
  })
}

/** DELETE /users/:id/sessions/:sessionId, or POST …/revoke-all without a session id. */
export function useRevokePersonDevices(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (sessionId?: string): Promise<RevokedCount> => {
      if (!sessionId) {
        return apiFetch<RevokedCount>(`/api/v1/users/${id}/sessions/revoke-all`, {
          method: 'POST',
        })
      }
      await apiFetch<void>(`/api/v1/users/${id}/sessions/${sessionId}`, { method: 'DELETE' })
      return { revoked: 1 }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: personKey(id) }),
  })
}
