import type { PaymentReturn } from '@yektayar/shared'

/**
 * The gateway brings the payer back with nothing of ours but the authority, so where paying
 * began is kept on the payment: a payment started in the Android app returns to the result
 * page under /app/, a path Android hands to the installed app (App Links, docs/MOBILE.md).
 */
export function returnMetadata(returnTo: PaymentReturn | undefined): { returnTo?: 'app' } {
  return returnTo === 'app' ? { returnTo } : {}
}

/** The result page's path for a payment: always one of ours, whatever the metadata holds. */
export function resultPathOf(metadata: Record<string, unknown> | null | undefined): string {
  return metadata?.returnTo === 'app' ? '/app/payments/result' : '/payments/result'
}
