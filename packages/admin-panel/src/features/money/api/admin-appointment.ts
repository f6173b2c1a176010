import { useQuery } from '@tanstack/react-query'
import type { AdminAppointmentDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { APPOINTMENTS_KEY } from './admin-appointments.ts'

export const appointmentKey = (id: string) => [...APPOINTMENTS_KEY, 'detail', id] as const

/** One appointment with its payments and refunds (never its notes). */
export function useAdminAppointment(id: string) {
  return useQuery({
    queryKey: appointmentKey(id),
    queryFn: () => apiFetch<AdminAppointmentDetail>(`/api/v1/admin/appointments/${id}`),
  })
}
