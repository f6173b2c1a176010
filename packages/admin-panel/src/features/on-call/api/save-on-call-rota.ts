import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { OnCallRota } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { ON_CALL_KEY } from './on-call-rota.ts'

/**
 * Replaces the whole rota, in order. The answer is the rota as now stored; the candidates are
 * reread too, since a refusal means someone lost the permission since they were listed.
 */
export function useSaveOnCallRota() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userIds: string[]) =>
      apiFetch<OnCallRota>('/api/v1/safety/on-call', { method: 'PUT', body: { userIds } }),
    onSuccess: (rota) => queryClient.setQueryData([...ON_CALL_KEY, 'rota'], rota),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ON_CALL_KEY }),
  })
}
