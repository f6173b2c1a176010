import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@yektayar/ui'
import { HOLIDAYS_KEY } from './holiday-year.ts'

export function useDeleteHoliday() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<void>(`/api/v1/admin/holidays/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY }),
  })
}
