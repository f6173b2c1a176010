import { useInfiniteQuery } from '@tanstack/react-query'
import type { PaymentHistoryPage } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'

export const PAYMENT_HISTORY_KEY = ['payments', 'history'] as const

export function fetchHistory(cursor: string | null, limit: number): Promise<PaymentHistoryPage> {
  const params = new URLSearchParams({ limit: String(limit) })
  if (cursor) params.set('cursor', cursor)
  return apiFetch<PaymentHistoryPage>(`/api/v1/payments/history?${params}`)
}

/** My receipts, newest first, page by page. */
export function usePaymentHistory() {
  return useInfiniteQuery({
    queryKey: [...PAYMENT_HISTORY_KEY, 'list'],
    queryFn: ({ pageParam }) => fetchHistory(pageParam, 20),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  })
}
