import { useQuery } from '@tanstack/react-query'
import type { AppointmentView } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** The appointment a payment was for: "try again" goes back to its psychologist's booking. */
export function useAppointment(appointmentId: string | null | undefined) {
  return useQuery({
    queryKey: ['appointments', 'detail', appointmentId],
    queryFn: () =>
      apiFetch<AppointmentView>(`/api/v1/appointments/${encodeURIComponent(appointmentId ?? '')}`),
    enabled: Boolean(appointmentId),
  })
}
