import { maskIdentifier } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'
import { otpEmail } from '../messages/otp-message.ts'
import type { OfflineSenderDeps } from '../outbox/offline-sender-deps.ts'
import type { EmailMessage, EmailReceipt, EmailSender } from './email-sender.ts'

/**
 * The offline default: the text body lands in the dev outbox (HTML is a rendering of the same
 * text, so it is not kept). The log line carries neither the body nor the full address.
 */
export class ConsoleEmailSender implements EmailSender {
  constructor(private readonly deps: OfflineSenderDeps) {}

  async send(message: EmailMessage): Promise<EmailReceipt> {
    return { messageId: this.#deliver(message, 'message') }
  }

  async sendOtp(to: string, code: string, lang: Locale): Promise<void> {
    this.#deliver({ to, ...otpEmail(code, lang) }, 'otp')
  }

  #deliver({ to, subject, text }: EmailMessage, purpose: string): string {
    const message = this.deps.outbox.add({ channel: 'email', to, subject, text, purpose })
    this.deps.logger.info(
      { channel: 'email', recipient: maskIdentifier(to), purpose, outboxId: message.id },
      'email written to the dev outbox',
    )
    return message.id
  }
}
