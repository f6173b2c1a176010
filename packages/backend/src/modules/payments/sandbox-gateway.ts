import { randomBytes } from 'node:crypto'
import type { PaymentGateway, VerifyOutcome } from './payment-gateway.ts'

interface SandboxPayment {
  amountIrr: number
  description: string
  callbackUrl: string
  state: 'created' | 'paid' | 'failed'
  verified: boolean
}

export interface SandboxGateway extends PaymentGateway {
  readonly name: 'sandbox'
  readonly refunds: 'automatic'
  find(authority: string): Readonly<SandboxPayment> | undefined
  /** The payer's choice on the sandbox pay page; answers where to send the browser. */
  complete(authority: string, paid: boolean): string | undefined
}

/**
 * The embedded gateway: authorities live in this process's memory and the pay page is served
 * by the app (sandbox.routes.ts), so the whole flow works offline. It answers verify like
 * Zarinpal: paid once (100), then 101; not paid → -51; unknown authority → -54. Inquiry says
 * whether the payer is still on the pay page, chose failure, or paid.
 */
export function createSandboxGateway(publicUrl: string): SandboxGateway {
  const store = new Map<string, SandboxPayment>()
  return {
    name: 'sandbox',
    refunds: 'automatic',
    async request(input) {
      const authority = `S${randomBytes(18).toString('hex')}`
      store.set(authority, { ...input, state: 'created', verified: false })
      return { authority }
    },
    startPayUrl: (authority) => `${publicUrl}/api/v1/payments/sandbox/${authority}`,
    find: (authority) => store.get(authority),
    complete(authority, paid) {
      const payment = store.get(authority)
      if (!payment) return undefined
      if (payment.state === 'created') payment.state = paid ? 'paid' : 'failed'
      const url = new URL(payment.callbackUrl)
      url.searchParams.set('Authority', authority)
      url.searchParams.set('Status', payment.state === 'paid' ? 'OK' : 'NOK')
      return url.toString()
    },
    async inquire(authority) {
      const state = store.get(authority)?.state
      if (!state) return 'unknown'
      return state === 'created' ? 'in_progress' : state
    },
    async verify({ authority, amountIrr }): Promise<VerifyOutcome> {
      const payment = store.get(authority)
      if (!payment) return { kind: 'failed', code: 'PAYMENT_NOT_PAID', gatewayCode: -54 }
      if (payment.amountIrr !== amountIrr) {
        return { kind: 'failed', code: 'PAYMENT_AMOUNT_MISMATCH', gatewayCode: -50 }
      }
      if (payment.state !== 'paid') {
        return { kind: 'failed', code: 'PAYMENT_NOT_PAID', gatewayCode: -51 }
      }
      const alreadyVerified = payment.verified
      payment.verified = true
      return {
        kind: 'paid',
        alreadyVerified,
        refId: `SB${authority.slice(1, 11)}`,
        cardPan: '6037****1234',
        feeIrr: 0,
      }
    },
  }
}
