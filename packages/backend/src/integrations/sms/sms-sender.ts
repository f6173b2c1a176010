import type { Locale } from '../../lib/app-error.ts'

/** Outbound SMS. `to` is an E.164 number; providers convert it to the form they expect. */
export interface SmsSender {
  sendOtp(to: string, code: string, lang: Locale): Promise<void>
  send(to: string, text: string): Promise<void>
}
