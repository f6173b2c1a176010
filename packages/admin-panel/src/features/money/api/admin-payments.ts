import { useInfiniteQuery } from '@tanstack/react-query'
import type { AdminPaymentPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { type PaymentFilters, searchFromPaymentFilters, withQuery } from '../money-filters.ts'

export const PAYMENTS_KEY = ['admin', 'payments'] as const

function fetchPayments(filters: PaymentFilters, cursor: string | null) {
  const params = searchFromPaymentFilters(filters)
  params.set('limit', '50')
  if (cursor) params.set('cursor', cursor)
  return apiFetch<AdminPaymentPage>(`/api/v1/admin/payments?${params}`)
}

/** Every payment and refund under the filters, newest first, page by page. */
export function useAdminPayments(filters: PaymentFilters) {
  return useInfiniteQuery({
    queryKey: [...PAYMENTS_KEY, 'list', filters],
    queryFn: ({ pageParam }) => fetchPayments(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}

/** Where the same filtered list downloads as CSV (streamed by the server; the cookie signs it). */
export const paymentsExportUrl = (filters: PaymentFilters) =>
  withQuery('/api/v1/admin/payments/export', searchFromPaymentFilters(filters))
