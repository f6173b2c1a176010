import { UNSUBSCRIBABLE_CATEGORIES } from '@yektayar/shared'
import type { EmailSender } from '../../../integrations/email/email-sender.ts'
import { appLinkOf, noticeEmailOf } from './notice-email.ts'
import {
  type ChannelResult,
  type NotificationChannelSender,
  type OutboundNotice,
  PermanentChannelError,
} from './notification-channel.ts'
import { unsubscribeTokenFor } from './unsubscribe-token.ts'

export interface EmailChannelOptions {
  /** PUBLIC_URL: where the app and the unsubscribe route are reached from a mail client. */
  publicUrl: string
  unsubscribeSecret: string
}

export const UNSUBSCRIBE_PATH = '/api/v1/notifications/unsubscribe'

/**
 * Email through the sign-in email provider (SMTP, or the dev outbox offline). Non-essential
 * categories carry a signed one-click unsubscribe link (RFC 8058) in the headers and the body.
 */
export class EmailChannelSender implements NotificationChannelSender {
  readonly channel = 'email'

  constructor(
    private readonly email: EmailSender,
    private readonly options: EmailChannelOptions,
  ) {}

  async send(notice: OutboundNotice): Promise<ChannelResult> {
    const to = notice.reach.email
    if (!to) return { skipped: 'no verified email' }
    // Both checks: a link the unsubscribe route would refuse is worse than no link.
    const unsubscribable =
      notice.unsubscribable && UNSUBSCRIBABLE_CATEGORIES.includes(notice.category)
    const unsubscribe = unsubscribable ? this.#unsubscribeUrl(notice) : null
    const open = appLinkOf(this.options.publicUrl, notice.link)
    const mail = noticeEmailOf(notice, { open, unsubscribe })
    const headers: Record<string, string> = unsubscribe
      ? {
          'List-Unsubscribe': `<${unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {}
    const receipt = await this.email.send({ to, ...mail, headers }).catch(asChannelError)
    return receipt.messageId ? { providerMessageId: receipt.messageId } : {}
  }

  #unsubscribeUrl(notice: OutboundNotice): string {
    const grant = { userId: notice.userId, category: notice.category }
    const token = unsubscribeTokenFor(this.options.unsubscribeSecret, grant)
    const query = new URLSearchParams({ token, lang: notice.locale })
    return `${this.options.publicUrl}${UNSUBSCRIBE_PATH}?${query}`
  }
}

/**
 * SMTP replies 550–554 refuse this recipient or this message for good (no such mailbox,
 * rejected content); 4xx, connection failures and the relay's own sign-in trouble (530, 535)
 * may pass later and are retried.
 */
const PERMANENT_SMTP_CODES = new Set([550, 551, 552, 553, 554])

function asChannelError(error: unknown): never {
  const code = (error as { responseCode?: unknown } | null)?.responseCode
  if (typeof code === 'number' && PERMANENT_SMTP_CODES.has(code)) {
    throw new PermanentChannelError(`SMTP relay refused with ${code}`, { cause: error })
  }
  throw error
}
