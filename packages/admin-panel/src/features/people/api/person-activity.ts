import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type {
  AuditPage,
  PersonAppointmentSummary,
  PersonPaymentSummary,
} from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { personKey } from './person.ts'

/** GET /users/:id/appointment-summary (appointments.read.any). */
export function usePersonAppointments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...personKey(id), 'appointments'],
    queryFn: () => apiFetch<PersonAppointmentSummary>(`/api/v1/users/${id}/appointment-summary`),
    enabled,
  })
}

/** GET /users/:id/payment-summary (payments.manage). */
export function usePersonPayments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...personKey(id), 'payments'],
    queryFn: () => apiFetch<PersonPaymentSummary>(`/api/v1/users/${id}/payment-summary`),
    enabled,
  })
}

/** GET /audit-logs?person=: what they did and what was done to them (audit.read). */
export function usePersonTrail(id: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...personKey(id), 'trail'],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ person: id, limit: '20' })
      if (pageParam) params.set('cursor', pageParam)
      return apiFetch<AuditPage>(`/api/v1/audit-logs?${params}`)
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  })
}
