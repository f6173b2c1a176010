import { KavenegarError } from '../../../integrations/sms/kavenegar-sms-sender.ts'
import type { SmsReceipt, SmsSender } from '../../../integrations/sms/sms-sender.ts'
import {
  type ChannelResult,
  type NotificationChannelSender,
  type OutboundNotice,
  PermanentChannelError,
} from './notification-channel.ts'

// Kavenegar refuses lookup tokens with spaces (status 431); a zero-width non-joiner keeps
// Persian words apart on screen without being a space.
const ZWNJ = '\u200c'

/** verify/lookup tokens: no whitespace, no underscores (both refused by Kavenegar). */
export function toLookupToken(value: string): string {
  return value.trim().replace(/[\s_]+/g, ZWNJ)
}

/**
 * SMS through the sign-in SMS provider (Kavenegar, or the dev outbox offline): an approved
 * lookup template when one is configured for the notice's template key, since those reach
 * numbers that block advertising lines, else the discreet text as a plain SMS.
 */
export class SmsChannelSender implements NotificationChannelSender {
  readonly channel = 'sms'

  constructor(
    private readonly sms: SmsSender,
    /** Notification template key → Kavenegar template name (KAVENEGAR_NOTIFICATION_TEMPLATES). */
    private readonly templates: ReadonlyMap<string, string>,
  ) {}

  async send(notice: OutboundNotice): Promise<ChannelResult> {
    const phone = notice.reach.phone
    if (!phone) return { skipped: 'no verified phone' }
    const receipt = await this.#deliver(phone, notice).catch(asChannelError)
    return receipt.messageId ? { providerMessageId: receipt.messageId } : {}
  }

  #deliver(phone: string, notice: OutboundNotice): Promise<SmsReceipt> {
    const lookup = notice.smsTemplate
    const template = lookup && this.templates.get(lookup.templateKey)
    if (lookup && template && lookup.tokens.length > 0) {
      return this.sms.sendTemplate(phone, template, lookup.tokens.map(toLookupToken))
    }
    return this.sms.send(phone, notice.discreetText)
  }
}

function asChannelError(error: unknown): never {
  if (error instanceof KavenegarError && error.permanent) {
    throw new PermanentChannelError(error.message, { cause: error })
  }
  throw error
}
