import { useInfiniteQuery } from '@tanstack/react-query'
import type { PaymentReceipt } from '@yektayar/shared'
import { apiFetch } from '@yektayar/ui'

interface ReceiptPage {
  items: PaymentReceipt[]
  nextCursor: string | null
}

export const PAYMENT_HISTORY_KEY = ['payments', 'history'] as const

export function fetchHistory(cursor: string | null, limit: number): Promise<ReceiptPage> {
  const params = new URLSearchParams({ limit: String(limit) })
  if (cursor) params.set('cursor', cursor)
  return apiFetch<ReceiptPage>(`/api/v1/payments/history?${params}`)
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
