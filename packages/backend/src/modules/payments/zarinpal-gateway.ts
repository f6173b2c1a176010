import type { PaymentsConfig } from '../../config/config.ts'
import { AppError } from '../../lib/app-error.ts'
import {
  classifyGatewayCode,
  type PaymentGateway,
  type PaymentProgress,
  type PaymentRequest,
  type VerifyOutcome,
} from './payment-gateway.ts'

interface ZarinpalAnswer {
  data?: {
    code?: number
    /** Inquiry only: VERIFIED, PAID, IN_BANK, FAILED or REVERSED. */
    status?: string
    authority?: string
    ref_id?: number | string
    card_pan?: string
    fee?: number
  }
  errors?: { code?: number; message?: string } | unknown[]
}

type Log = { error(details: object, message: string): void }

const PROGRESS_OF_INQUIRY: Record<string, PaymentProgress> = {
  VERIFIED: 'paid',
  PAID: 'paid',
  IN_BANK: 'in_progress',
  FAILED: 'failed',
  REVERSED: 'failed',
}

/** Zarinpal REST v4: request.json → StartPay → verify.json (and inquiry.json), amounts in IRR. */
export function createZarinpalGateway(config: PaymentsConfig, log: Log): PaymentGateway {
  const { baseUrl, merchantId } = config.zarinpal
  const call = (path: string, body: object) => postJson(`${baseUrl}${path}`, body, config.timeoutMs)
  return {
    name: 'zarinpal',
    refunds: 'staff',
    startPayUrl: (authority) => `${baseUrl}/pg/StartPay/${encodeURIComponent(authority)}`,
    async request(input: PaymentRequest) {
      const answer = await call('/pg/v4/payment/request.json', {
        merchant_id: merchantId,
        amount: input.amountIrr,
        description: input.description,
        callback_url: input.callbackUrl,
        metadata: { mobile: input.mobile, email: input.email, order_id: input.orderId },
      })
      if (answer.data?.code === 100 && answer.data.authority) {
        return { authority: answer.data.authority }
      }
      const gatewayCode = errorCodeOf(answer)
      const { code } = classifyGatewayCode(gatewayCode)
      log.error({ gatewayCode, orderId: input.orderId }, 'zarinpal payment request refused')
      throw new AppError(
        code === 'PAYMENT_NOT_PAID' ? 'PAYMENT_GATEWAY_REJECTED' : code,
        `zarinpal ${gatewayCode}`,
      )
    },
    async inquire(authority) {
      try {
        const answer = await call('/pg/v4/payment/inquiry.json', {
          merchant_id: merchantId,
          authority,
        })
        return PROGRESS_OF_INQUIRY[answer.data?.status ?? ''] ?? 'unknown'
      } catch (error) {
        log.error({ err: error, authority }, 'zarinpal inquiry did not answer')
        return 'unknown'
      }
    },
    async verify({ authority, amountIrr }): Promise<VerifyOutcome> {
      let answer: ZarinpalAnswer
      try {
        answer = await call('/pg/v4/payment/verify.json', {
          merchant_id: merchantId,
          authority,
          amount: amountIrr,
        })
      } catch (error) {
        log.error({ err: error, authority }, 'zarinpal verify did not answer')
        return { kind: 'unknown', code: 'PAYMENT_GATEWAY_UNAVAILABLE' }
      }
      return outcomeOf(answer, authority, log)
    },
  }
}

function outcomeOf(answer: ZarinpalAnswer, authority: string, log: Log): VerifyOutcome {
  const data = answer.data
  if (data && (data.code === 100 || data.code === 101)) {
    return {
      kind: 'paid',
      alreadyVerified: data.code === 101,
      refId: String(data.ref_id ?? ''),
      cardPan: data.card_pan,
      feeIrr: typeof data.fee === 'number' ? data.fee : undefined,
    }
  }
  const gatewayCode = errorCodeOf(answer)
  const classified = classifyGatewayCode(gatewayCode)
  log.error({ gatewayCode, code: classified.code, authority }, 'zarinpal verify refused')
  return { ...classified, gatewayCode }
}

function errorCodeOf(answer: ZarinpalAnswer): number {
  const errors = answer.errors
  if (errors && !Array.isArray(errors) && typeof errors.code === 'number') return errors.code
  return typeof answer.data?.code === 'number' ? answer.data.code : -1
}

async function postJson(url: string, body: object, timeoutMs: number): Promise<ZarinpalAnswer> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', `zarinpal: ${(error as Error).message}`)
  }
  try {
    return (await response.json()) as ZarinpalAnswer
  } catch {
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', `zarinpal answered ${response.status}`)
  }
}
