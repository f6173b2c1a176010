import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { PaymentReceiptDetail } from '@yektayar/shared/types'
import { apiFetch } from '@yektayar/ui'
import { PAYMENT_HISTORY_KEY } from './payment-history.ts'

/** While the bank has not answered: ask this many times, this far apart, then let the person. */
export const PENDING_POLLS = 5
export const PENDING_POLL_MS = 2_000
/** A refund on its way is settled within minutes by the sandbox, later by staff. */
const REFUND_POLL_MS = 15_000

function receiptKey(transactionId: string | null) {
  return [...PAYMENT_HISTORY_KEY, 'receipt', transactionId] as const
}

function fetchReceipt(transactionId: string): Promise<PaymentReceiptDetail> {
  return apiFetch<PaymentReceiptDetail>(`/api/v1/payments/${encodeURIComponent(transactionId)}`)
}

/** How many answers the receipt has had: polling stops after PENDING_POLLS. */
export function useReceiptAnswers(transactionId: string | null): number {
  // The page re-renders on each answer through useReceipt, so reading the state here is current.
  return useQueryClient().getQueryState(receiptKey(transactionId))?.dataUpdateCount ?? 0
}

/**
 * One of my receipts with the session it paid for and its refunds. Polls while the payment is
 * still pending (the result page after the bank's return) and, on the receipt page, while a
 * refund is on its way, so its status changes in front of the patient.
 */
export function useReceipt(transactionId: string | null, enabled = true) {
  return useQuery({
    queryKey: receiptKey(transactionId),
    queryFn: () => fetchReceipt(transactionId ?? ''),
    enabled: enabled && Boolean(transactionId),
    refetchInterval: (query) => {
      const data = query.state.data
      if (data?.status === 'pending' && query.state.dataUpdateCount < PENDING_POLLS) {
        return PENDING_POLL_MS
      }
      return data?.refunds.some((refund) => refund.status === 'pending') ? REFUND_POLL_MS : false
    },
  })
}
