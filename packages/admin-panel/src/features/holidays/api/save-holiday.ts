import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Holiday, HolidayInput } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { HOLIDAYS_KEY } from './holiday-year.ts'

/** Adds a holiday, or edits one when `id` is given; the calendar is reread either way. */
export function useSaveHoliday() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: HolidayInput }) =>
      apiFetch<Holiday>(id ? `/api/v1/admin/holidays/${id}` : '/api/v1/admin/holidays', {
        method: id ? 'PATCH' : 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HOLIDAYS_KEY }),
  })
}
