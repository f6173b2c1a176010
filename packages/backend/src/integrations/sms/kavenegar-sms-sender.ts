import { normalizeIranianPhone } from '@yektayar/shared'
import { z } from 'zod'
import type { Locale } from '../../lib/app-error.ts'
import { otpSmsText } from '../messages/otp-message.ts'
import { isPermanentKavenegarStatus } from './kavenegar-status.ts'
import type { SmsReceipt, SmsSender } from './sms-sender.ts'

export interface KavenegarOptions {
  apiKey: string
  /**
   * Name of a template approved in the Kavenegar panel (its wording lives there). Codes then go
   * through `verify/lookup`, which uses Kavenegar's service lines and reaches numbers that block
   * advertising. Without a template, codes go through `sms/send` with our own text.
   */
  otpTemplate?: string
  /** Sending line for `sms/send`; Kavenegar uses the account's default line when absent. */
  sender?: string
  baseUrl?: string
  timeoutMs?: number
}

export const KAVENEGAR_BASE_URL = 'https://api.kavenegar.com'
const DEFAULT_TIMEOUT_MS = 10_000

/**
 * `status` is Kavenegar's own status code (e.g. 418 for no credit), the HTTP status of an answer
 * that is not Kavenegar's JSON, or 0 for a network failure or timeout.
 */
export class KavenegarError extends Error {
  override name = 'KavenegarError'

  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }

  /** Sending this message again cannot succeed (see kavenegar-status.ts). */
  get permanent(): boolean {
    return isPermanentKavenegarStatus(this.status)
  }
}

const kavenegarReply = z.object({
  return: z.object({ status: z.number(), message: z.string() }),
  // `entries` is an array on success and may be null or absent on failure.
  entries: z
    .array(z.object({ messageid: z.union([z.number(), z.string()]).optional() }).loose())
    .nullish(),
})

/** verify/lookup takes at most three plain tokens: token, token2, token3. */
const LOOKUP_TOKEN_NAMES = ['token', 'token2', 'token3'] as const

type KavenegarMethod = 'verify/lookup' | 'sms/send'

/**
 * Kavenegar REST client on global fetch. Parameters go in a form-encoded POST body rather than
 * the query string so one-time codes never appear in URLs that proxies log. The API key is part
 * of Kavenegar's URL scheme, so every error message is scrubbed of it (and of the code) before
 * it can reach a log.
 */
export class KavenegarSmsSender implements SmsSender {
  readonly #options: KavenegarOptions
  readonly #baseUrl: string

  constructor(options: KavenegarOptions) {
    if (!options.apiKey) throw new Error('Kavenegar needs an API key')
    this.#options = options
    this.#baseUrl = (options.baseUrl ?? KAVENEGAR_BASE_URL).replace(/\/+$/, '')
  }

  async sendOtp(to: string, code: string, lang: Locale): Promise<void> {
    const receptor = toKavenegarReceptor(to)
    const template = this.#options.otpTemplate
    if (template) {
      await this.#call('verify/lookup', { receptor, token: code, template }, [code])
      return
    }
    await this.#call('sms/send', this.#sendParams(receptor, otpSmsText(code, lang)), [code])
  }

  async send(to: string, text: string): Promise<SmsReceipt> {
    return this.#call('sms/send', this.#sendParams(toKavenegarReceptor(to), text), [])
  }

  async sendTemplate(to: string, template: string, tokens: string[]): Promise<SmsReceipt> {
    if (tokens.length === 0 || tokens.length > LOOKUP_TOKEN_NAMES.length) {
      // 431 is Kavenegar's "token structure invalid": no retry can fix it.
      throw new KavenegarError(
        431,
        `Kavenegar verify/lookup takes 1 to 3 tokens, not ${tokens.length}`,
      )
    }
    const params: Record<string, string> = { receptor: toKavenegarReceptor(to), template }
    tokens.forEach((token, index) => {
      params[LOOKUP_TOKEN_NAMES[index] as string] = token
    })
    return this.#call('verify/lookup', params, [])
  }

  #sendParams(receptor: string, message: string): Record<string, string> {
    const sender = this.#options.sender
    return sender ? { receptor, sender, message } : { receptor, message }
  }

  async #call(
    method: KavenegarMethod,
    params: Record<string, string>,
    secrets: string[],
  ): Promise<SmsReceipt> {
    const apiKey = this.#options.apiKey
    const scrub = scrubberOf([apiKey, encodeURIComponent(apiKey), ...secrets])
    const { httpStatus, reply } = await this.#post(method, params, scrub)
    const parsed = kavenegarReply.safeParse(reply)
    if (!parsed.success) {
      const summary = `Kavenegar ${method} answered HTTP ${httpStatus} without a status`
      throw new KavenegarError(httpStatus, summary)
    }
    const { status, message } = parsed.data.return
    if (status !== 200) {
      const summary = `Kavenegar ${method} failed with status ${status}: ${message}`
      throw new KavenegarError(status, scrub(summary))
    }
    const messageId = parsed.data.entries?.[0]?.messageid
    return { messageId: messageId === undefined ? null : String(messageId) }
  }

  async #post(
    method: KavenegarMethod,
    params: Record<string, string>,
    scrub: (text: string) => string,
  ): Promise<{ httpStatus: number; reply: unknown }> {
    const url = `${this.#baseUrl}/v1/${encodeURIComponent(this.#options.apiKey)}/${method}.json`
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new URLSearchParams(params),
        signal: AbortSignal.timeout(timeoutMs),
      })
      // Read inside the try: the timeout also covers a body that stalls half-way.
      const body = await response.text()
      return { httpStatus: response.status, reply: parseJson(body) }
    } catch (error) {
      const reason = describeFetchError(error, timeoutMs)
      throw new KavenegarError(0, scrub(`Kavenegar ${method} request failed: ${reason}`))
    }
  }
}

/** Kavenegar wants the national form: `+989121234567` → `09121234567`. */
export function toKavenegarReceptor(phone: string): string {
  const e164 = normalizeIranianPhone(phone)
  // 411 is Kavenegar's own "receptor invalid": refused here, before the call, just the same.
  if (!e164) throw new KavenegarError(411, 'Kavenegar can only send to Iranian mobile numbers')
  return `0${e164.slice(3)}`
}

function scrubberOf(secrets: string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length > 0)
  return (text) => present.reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (!(error instanceof Error)) return 'unknown error'
  if (error.name === 'TimeoutError') return `timed out after ${timeoutMs} ms`
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${error.message}${cause}`
}
