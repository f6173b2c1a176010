import type { z } from 'zod'
import { count } from './env-fields.ts'

/** How the notifications engine retries a channel and recovers deliveries a crash left behind. */
export const notificationDeliveryEnvShape = {
  /** Tries per delivery (SMS, email, push) before it is marked failed for admins to retry. */
  NOTIFICATION_DELIVERY_ATTEMPTS: count(5, 50),
  /** The first retry waits this long; each next one twice as long. */
  NOTIFICATION_BACKOFF_BASE_SECONDS: count(30, 3600),
  /**
   * A delivery still 'sending' this long after it was claimed is taken for a crashed sender and
   * re-sent with the same delivery id (the provider's idempotency key where it takes one).
   */
  NOTIFICATION_SENDING_LEASE_SECONDS: count(120, 3600),
}

type NotificationDeliveryEnv = z.output<z.ZodObject<typeof notificationDeliveryEnvShape>>

export interface NotificationDeliveryConfig {
  maxAttempts: number
  backoffBaseMs: number
  sendingLeaseMs: number
}

export function notificationDeliveryConfigOf(
  env: NotificationDeliveryEnv,
): NotificationDeliveryConfig {
  return {
    maxAttempts: env.NOTIFICATION_DELIVERY_ATTEMPTS,
    backoffBaseMs: env.NOTIFICATION_BACKOFF_BASE_SECONDS * 1000,
    sendingLeaseMs: env.NOTIFICATION_SENDING_LEASE_SECONDS * 1000,
  }
}
