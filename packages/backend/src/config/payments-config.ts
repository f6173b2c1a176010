import { z } from 'zod'
import { ConfigError } from './config-error.ts'
import { int, urlWithDefault, withoutTrailingSlash } from './env-fields.ts'

/** Payment gateway settings. The embedded sandbox gateway is the default. */
export const paymentsEnvShape = {
  PAYMENT_GATEWAY: z.enum(['sandbox', 'zarinpal']).default('sandbox'),
  ZARINPAL_MERCHANT_ID: z.string().max(64).optional(),
  /** https://payment.zarinpal.com in production, https://sandbox.zarinpal.com for its sandbox. */
  ZARINPAL_BASE_URL: urlWithDefault('https://sandbox.zarinpal.com'),
  PAYMENT_GATEWAY_TIMEOUT_MS: int(10_000, { min: 100, max: 60_000 }),
  /**
   * The sandbox gateway pays refunds back by itself this long after they were requested (the
   * refund sweep runs every minute, so it may take up to a minute more). Zarinpal refunds are
   * settled by staff.
   */
  SANDBOX_REFUND_DELAY_SECONDS: int(30, { min: 0, max: 86_400 }),
}

type PaymentsEnv = z.output<z.ZodObject<typeof paymentsEnvShape>>

export interface PaymentsConfig {
  gateway: 'sandbox' | 'zarinpal'
  zarinpal: { merchantId: string; baseUrl: string }
  timeoutMs: number
  sandboxRefundDelayMs: number
}

export function paymentsConfigOf(env: PaymentsEnv): PaymentsConfig {
  if (env.PAYMENT_GATEWAY === 'zarinpal' && !env.ZARINPAL_MERCHANT_ID) {
    throw new ConfigError(
      'Invalid setting ZARINPAL_MERCHANT_ID: required when PAYMENT_GATEWAY=zarinpal',
    )
  }
  return {
    gateway: env.PAYMENT_GATEWAY,
    zarinpal: {
      merchantId: env.ZARINPAL_MERCHANT_ID ?? '',
      baseUrl: withoutTrailingSlash(env.ZARINPAL_BASE_URL),
    },
    timeoutMs: env.PAYMENT_GATEWAY_TIMEOUT_MS,
    sandboxRefundDelayMs: env.SANDBOX_REFUND_DELAY_SECONDS * 1000,
  }
}
