import { useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchHistory, PAYMENT_HISTORY_KEY } from './payment-history.ts'

/** While the bank has not answered: ask this many times, this far apart, then let the person. */
export const PENDING_POLLS = 5
export const PENDING_POLL_MS = 2_000

export function receiptKey(transactionId: string | null) {
  return [...PAYMENT_HISTORY_KEY, 'receipt', transactionId] as const
}

/** How many answers the receipt has had: polling stops after PENDING_POLLS. */
export function useReceiptAnswers(transactionId: string | null): number {
  // The page re-renders on each answer through useReceipt, so reading the state here is current.
  return useQueryClient().getQueryState(receiptKey(transactionId))?.dataUpdateCount ?? 0
}

/**
 * One transaction, read from my history (there is no single-receipt route): the one just paid
 * is among the newest, so the first page is enough. Polls while it is still pending.
 */
export function useReceipt(transactionId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: receiptKey(transactionId),
    queryFn: async () => {
      const page = await fetchHistory(null, 50)
      return page.items.find((item) => item.id === transactionId) ?? null
    },
    enabled: enabled && Boolean(transactionId),
    refetchInterval: (query) =>
      query.state.data?.status === 'pending' && query.state.dataUpdateCount < PENDING_POLLS
        ? PENDING_POLL_MS
        : false,
  })
}
