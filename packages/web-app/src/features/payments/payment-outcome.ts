import type { PaymentReceipt } from '@yektayar/shared/types'

export type PaymentOutcome = 'success' | 'failed' | 'pending'

/** The status the gateway's return URL carried; anything unexpected is not a success. */
export function outcomeFromQuery(status: string | null): PaymentOutcome {
  return status === 'success' || status === 'pending' ? status : 'failed'
}

/**
 * The receipt, once read, is the truth (a pending payment may have settled since the redirect);
 * until then the URL says what happened.
 */
export function outcomeOf(receipt: PaymentReceipt | null | undefined, fromUrl: PaymentOutcome) {
  if (!receipt) return fromUrl
  if (receipt.status === 'completed' || receipt.status === 'refunded') return 'success'
  return receipt.status
}
