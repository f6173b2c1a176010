import type { Locale } from '../../lib/app-error.ts'

export interface EmailMessage {
  to: string
  subject: string
  text: string
  html?: string
  /** Extra headers, e.g. List-Unsubscribe (RFC 2369) and List-Unsubscribe-Post (RFC 8058). */
  headers?: Record<string, string>
}

/** The provider's id of the sent message (the SMTP Message-ID), when it has one. */
export interface EmailReceipt {
  messageId: string | null
}

/** Outbound email. `to` is a normalised address (see `normalizeEmail` in shared). */
export interface EmailSender {
  send(message: EmailMessage): Promise<EmailReceipt>
  sendOtp(to: string, code: string, lang: Locale): Promise<void>
}
