import { useQuery } from '@tanstack/react-query'
import type { AppointmentPolicy } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/** The cancel window and payment hold the server applies; they change only with its config. */
export function useAppointmentPolicy() {
  return useQuery({
    queryKey: ['appointments', 'policy'],
    queryFn: () => apiFetch<AppointmentPolicy>('/api/v1/appointments/policy'),
    staleTime: Number.POSITIVE_INFINITY,
  })
}
