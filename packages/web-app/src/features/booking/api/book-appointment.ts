import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AppointmentView, BookAppointmentBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export function bookAppointment(body: BookAppointmentBody): Promise<AppointmentView> {
  return apiFetch<AppointmentView>('/api/v1/appointments', { method: 'POST', body })
}

/** Books a slot: a free session is confirmed at once, a priced one held pending payment. */
export function useBookAppointment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: ['appointments', 'book'],
    mutationFn: bookAppointment,
    // The slot is no longer free (or turned out taken): every open calendar must ask again.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['professionals', 'availability'] }),
        queryClient.invalidateQueries({ queryKey: ['appointments'] }),
      ]),
  })
}
