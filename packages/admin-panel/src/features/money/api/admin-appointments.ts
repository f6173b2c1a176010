import { useInfiniteQuery } from '@tanstack/react-query'
import type { AdminAppointmentPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import {
  type AppointmentFilters,
  searchFromAppointmentFilters,
  withQuery,
} from '../money-filters.ts'

export const APPOINTMENTS_KEY = ['admin', 'appointments'] as const

function fetchAppointments(filters: AppointmentFilters, cursor: string | null) {
  const params = searchFromAppointmentFilters(filters)
  params.set('limit', '50')
  if (cursor) params.set('cursor', cursor)
  return apiFetch<AdminAppointmentPage>(`/api/v1/admin/appointments?${params}`)
}

/** Every appointment under the filters, latest start first, page by page. */
export function useAdminAppointments(filters: AppointmentFilters) {
  return useInfiniteQuery({
    queryKey: [...APPOINTMENTS_KEY, 'list', filters],
    queryFn: ({ pageParam }) => fetchAppointments(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

/** Where the same filtered list downloads as CSV (streamed by the server; the cookie signs it). */
export const appointmentsExportUrl = (filters: AppointmentFilters) =>
  withQuery('/api/v1/admin/appointments/export', searchFromAppointmentFilters(filters))
