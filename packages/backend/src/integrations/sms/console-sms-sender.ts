import { maskIdentifier } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'
import { otpSmsText } from '../messages/otp-message.ts'
import type { OfflineSenderDeps } from '../outbox/offline-sender-deps.ts'
import type { SmsReceipt, SmsSender } from './sms-sender.ts'

/**
 * The offline default: messages land in the dev outbox, where a developer or an e2e test reads
 * the code. The log line only says that something was sent, to whom (masked) and where to find
 * it, because logs outlive the two minutes a code is valid and travel further than the outbox.
 */
export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly deps: OfflineSenderDeps) {}

  async sendOtp(to: string, code: string, lang: Locale): Promise<void> {
    this.#deliver(to, otpSmsText(code, lang), 'otp')
  }

  async send(to: string, text: string): Promise<SmsReceipt> {
    return this.#deliver(to, text, 'message')
  }

  /** The provider would fill its own wording; the outbox shows the template and its tokens. */
  async sendTemplate(to: string, template: string, tokens: string[]): Promise<SmsReceipt> {
    return this.#deliver(to, `[${template}] ${tokens.join(' ')}`, 'template')
  }

  #deliver(to: string, text: string, purpose: string): SmsReceipt {
    const message = this.deps.outbox.add({ channel: 'sms', to, text, purpose })
    this.deps.logger.info(
      { channel: 'sms', recipient: maskIdentifier(to), purpose, outboxId: message.id },
      'sms written to the dev outbox',
    )
    return { messageId: message.id }
  }
}
