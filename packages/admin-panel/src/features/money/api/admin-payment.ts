import { useQuery } from '@tanstack/react-query'
import type { AdminPaymentDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { PAYMENTS_KEY } from './admin-payments.ts'

export const paymentKey = (id: string) => [...PAYMENTS_KEY, 'detail', id] as const

/** One payment (or refund) with its refunds and what is left to refund. */
export function useAdminPayment(id: string) {
  return useQuery({
    queryKey: paymentKey(id),
    queryFn: () => apiFetch<AdminPaymentDetail>(`/api/v1/admin/payments/${id}`),
  })
}
