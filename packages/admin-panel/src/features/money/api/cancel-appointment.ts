import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AdminAppointmentDetail, AdminCancelAppointmentBody } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { appointmentKey } from './admin-appointment.ts'
import { APPOINTMENTS_KEY } from './admin-appointments.ts'
import { PAYMENTS_KEY } from './admin-payments.ts'

/** Cancels on the clinic's side with the chosen refund, in one transaction on the server. */
export function useCancelAppointment(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCancelAppointmentBody) =>
      apiFetch<AdminAppointmentDetail>(`/api/v1/admin/appointments/${id}/cancel`, {
        method: 'POST',
        body,
      }),
    onSuccess: (detail) => queryClient.setQueryData(appointmentKey(id), detail),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: APPOINTMENTS_KEY })
      await queryClient.invalidateQueries({ queryKey: PAYMENTS_KEY })
    },
  })
}
