import type { NotificationCategory } from '@yektayar/shared'
import type { NotificationParams } from '../../../jobs/notification-event.ts'
import type { Locale } from '../../../lib/app-error.ts'

export interface Localized {
  fa: string
  en: string
}

export interface TemplateContext {
  /** The recipient's IANA zone (users.preferences.timeZone, default Asia/Tehran). */
  timeZone: string
  /** users.preferences.discreetMode */
  discreet: boolean
}

/**
 * How one kind of notification reads. Producers send only ids, times and amounts
 * (NotificationParams); every text is written here, in both languages.
 */
export interface NotificationTemplate {
  category: NotificationCategory
  /** Title and body stored with the notification, shown in-app and in email. */
  render(
    params: NotificationParams,
    context: TemplateContext,
  ): { title: Localized; body: Localized }
  /** The lock-screen-safe text for SMS and push, in one language (see OutboundNotice). */
  discreetText(params: NotificationParams, context: TemplateContext & { locale: Locale }): string
  /** Tokens for a Kavenegar lookup template, when one is configured for this key (no spaces). */
  smsTokens?(params: NotificationParams, context: TemplateContext & { locale: Locale }): string[]
}
