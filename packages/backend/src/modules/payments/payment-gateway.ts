import type { ErrorCode } from '@yektayar/shared'

export interface PaymentRequest {
  amountIrr: number
  description: string
  callbackUrl: string
  orderId: string
  mobile?: string
  email?: string
}

/** What verify says. `unknown` (timeout, rate limit, our misconfiguration) leaves it pending. */
export type VerifyOutcome =
  | { kind: 'paid'; alreadyVerified: boolean; refId: string; cardPan?: string; feeIrr?: number }
  | { kind: 'failed'; code: string; gatewayCode?: number }
  | { kind: 'unknown'; code: string; gatewayCode?: number }

/**
 * Where the payer is, by the gateway's own account (Zarinpal's inquiry): still on the bank's
 * page, finished without paying, or paid. `unknown` when the gateway did not say.
 */
export type PaymentProgress = 'paid' | 'in_progress' | 'failed' | 'unknown'

/** An Iranian payment gateway: request an authority, send the payer, verify on return. */
export interface PaymentGateway {
  readonly name: 'sandbox' | 'zarinpal'
  /**
   * Who pays a refund back: the sandbox does it by itself after a short delay (the refund
   * sweep), Zarinpal's money goes back by staff, who record it with the settle route.
   */
  readonly refunds: 'automatic' | 'staff'
  request(input: PaymentRequest): Promise<{ authority: string }>
  startPayUrl(authority: string): string
  verify(input: { authority: string; amountIrr: number }): Promise<VerifyOutcome>
  inquire(authority: string): Promise<PaymentProgress>
}

/**
 * Zarinpal v4 negative codes → our stable codes, and whether the payment is definitely not
 * paid (`failed`) or its fate is still open (`unknown`, retried by the reconciler).
 */
export function classifyGatewayCode(code: number): {
  kind: 'failed' | 'unknown'
  code: ErrorCode
} {
  switch (code) {
    case -9:
    case -10:
    case -11:
    case -15:
    case -16:
    case -17:
      return { kind: 'unknown', code: 'PAYMENT_GATEWAY_MISCONFIGURED' }
    case -12:
      return { kind: 'unknown', code: 'PAYMENT_GATEWAY_RATE_LIMITED' }
    case -50:
      return { kind: 'failed', code: 'PAYMENT_AMOUNT_MISMATCH' }
    default:
      // -51 (not paid), -54 (invalid authority), -55 (unknown transaction) and the rest.
      return { kind: 'failed', code: 'PAYMENT_NOT_PAID' }
  }
}
