import { createTransport, type Transporter } from 'nodemailer'
import type { Locale } from '../../lib/app-error.ts'
import { otpEmail } from '../messages/otp-message.ts'
import type { EmailMessage, EmailReceipt, EmailSender } from './email-sender.ts'

export interface SmtpOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string
  /** Sender address, e.g. `YektaYar <no-reply@yektayar.ir>`. */
  from: string
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 10_000

/** Email through any SMTP relay, using nodemailer's transport configured from one URL. */
export class SmtpEmailSender implements EmailSender {
  readonly #transport: Transporter
  readonly #from: string

  constructor(options: SmtpOptions) {
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    // Without these a stalled relay would hold a request (or a job) for minutes.
    this.#transport = createTransport({
      url: options.url,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    })
    this.#from = options.from
  }

  async send({ to, subject, text, html, headers }: EmailMessage): Promise<EmailReceipt> {
    const info = await this.#transport.sendMail({
      from: this.#from,
      to,
      subject,
      text,
      html,
      headers,
    })
    return { messageId: typeof info.messageId === 'string' ? info.messageId : null }
  }

  async sendOtp(to: string, code: string, lang: Locale): Promise<void> {
    await this.send({ to, ...otpEmail(code, lang) })
  }

  /** Ends the transport's open connections; call it on shutdown. */
  close(): void {
    this.#transport.close()
  }
}
