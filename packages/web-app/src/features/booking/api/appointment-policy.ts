import { useQuery } from '@tanstack/react-query'
import type { AppointmentPolicy } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

/**
 * The cancel window and payment hold the server applies. Admins may change them at run time,
 * so a screen open for a while asks again rather than keep stating the old terms.
 */
export function useAppointmentPolicy() {
  return useQuery({
    queryKey: ['appointments', 'policy'],
    queryFn: () => apiFetch<AppointmentPolicy>('/api/v1/appointments/policy'),
    staleTime: 5 * 60_000,
  })
}
