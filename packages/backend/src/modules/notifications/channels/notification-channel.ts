import type { NotificationCategory, SwitchableChannel } from '@yektayar/shared'
import type { Locale } from '../../../lib/app-error.ts'

/**
 * One delivery as a channel sees it. The engine (delivery worker) builds it from the
 * notification, the recipient's preferences and reach; a channel only talks to its provider.
 */
export interface OutboundNotice {
  /** notification_deliveries.id: the idempotency key for providers that take one. */
  deliveryId: string
  userId: string
  category: NotificationCategory
  locale: Locale
  /** Full title and body in the recipient's language, for email (and in-app). */
  title: string
  body: string
  /**
   * What a lock screen or a shared phone may show (SMS, push, email subject): never the clinic's
   * purpose, a specialty or a diagnosis; with discreet mode on, nothing but the time.
   */
  discreetText: string
  /** A Kavenegar verify/lookup template (configured name for the template key) and its tokens. */
  smsTemplate?: { templateKey: string; tokens: string[] }
  /** App path opened from the notice, e.g. `/appointments/…`. */
  link: string | null
  /** Where this person can be reached: verified identifiers only. */
  reach: { phone: string | null; email: string | null }
  /** Email carries a working unsubscribe link for this category (UNSUBSCRIBABLE_CATEGORIES). */
  unsubscribable: boolean
}

export interface ChannelResult {
  providerMessageId?: string
  /** Nothing to send to (no verified phone, no push subscription): recorded as 'skipped'. */
  skipped?: string
}

/** A provider's final "no" (invalid number, 410 Gone): the delivery fails without retrying. */
export class PermanentChannelError extends Error {
  override name = 'PermanentChannelError'
}

/**
 * SMS, email and push each implement this. Throwing anything but PermanentChannelError means
 * "try again later" (timeouts, 5xx, Kavenegar's 200-with-error for a transient status).
 */
export interface NotificationChannelSender {
  readonly channel: SwitchableChannel
  send(notice: OutboundNotice): Promise<ChannelResult>
}
