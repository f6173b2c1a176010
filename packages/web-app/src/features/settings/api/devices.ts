import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Device, DeviceList, RevokedCount } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const DEVICES_KEY = ['auth', 'sessions'] as const

export function useDevices() {
  return useQuery({
    queryKey: DEVICES_KEY,
    queryFn: () => apiFetch<DeviceList>('/api/v1/auth/sessions'),
  })
}

export function useRevokeDevice() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/v1/auth/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (_answer, id) =>
      queryClient.setQueryData<{ items: Device[] }>(DEVICES_KEY, (list) =>
        list ? { items: list.items.filter((device) => device.id !== id) } : list,
      ),
  })
}

export function useRevokeOtherDevices() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      apiFetch<RevokedCount>('/api/v1/auth/sessions/revoke-others', { method: 'POST' }),
    onSuccess: () =>
      queryClient.setQueryData<{ items: Device[] }>(DEVICES_KEY, (list) =>
        list ? { items: list.items.filter((device) => device.current) } : list,
      ),
  })
}
