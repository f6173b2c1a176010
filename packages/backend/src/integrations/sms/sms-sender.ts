import type { Locale } from '../../lib/app-error.ts'

/** What a provider answered for one sent message; `messageId` is its own id, when it gives one. */
export interface SmsReceipt {
  messageId: string | null
}

/** Outbound SMS. `to` is an E.164 number; providers convert it to the form they expect. */
export interface SmsSender {
  sendOtp(to: string, code: string, lang: Locale): Promise<void>
  send(to: string, text: string): Promise<SmsReceipt>
  /**
   * A text whose wording is a template approved at the provider (Kavenegar `verify/lookup`),
   * filled with up to three tokens that hold no spaces.
   */
  sendTemplate(to: string, template: string, tokens: string[]): Promise<SmsReceipt>
}
