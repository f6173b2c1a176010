import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'
import { DELIVERIES_KEY } from './deliveries.ts'

/** Puts a failed delivery back in line; the log is reread to show it pending. */
export function useRetryDelivery() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/v1/admin/notification-deliveries/${id}/retry`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DELIVERIES_KEY }),
  })
}
