import type { Locale } from '../../lib/app-error.ts'

export interface EmailMessage {
  to: string
  subject: string
  text: string
  html?: string
}

/** Outbound email. `to` is a normalised address (see `normalizeEmail` in shared). */
export interface EmailSender {
  send(message: EmailMessage): Promise<void>
  sendOtp(to: string, code: string, lang: Locale): Promise<void>
}
