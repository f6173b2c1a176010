import webpush, { WebPushError } from 'web-push'

export interface VapidDetails {
  publicKey: string
  privateKey: string
  /** `mailto:` or https URL a push service may contact about this sender. */
  subject: string
}

export interface WebPushOptions {
  vapid: VapidDetails
  /** Socket idle timeout of the request to the push service. */
  timeoutMs?: number
}

/** A browser's PushSubscription: its push service URL and the keys the payload is sealed to. */
export interface PushTarget {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

export interface PushMessageOptions {
  /** Seconds the push service keeps it for a device that is offline. */
  ttlSeconds: number
  urgency: 'very-low' | 'low' | 'normal' | 'high'
}

/**
 * How a push service answered: `gone` (404/410) means the subscription no longer exists and
 * should be forgotten; `rejected` is any other final "no" (413 too large, 403 a key that does
 * not match). A throw is a failure worth retrying (timeout, 429, 5xx).
 */
export type PushOutcome =
  | { kind: 'delivered'; messageId: string | null }
  | { kind: 'gone'; status: number }
  | { kind: 'rejected'; status: number }

const DEFAULT_TIMEOUT_MS = 10_000

/** Web Push (RFC 8030/8291/8292) through the `web-push` package: aes128gcm, VAPID. */
export class WebPushSender {
  readonly #options: WebPushOptions

  constructor(options: WebPushOptions) {
    this.#options = options
  }

  async send(
    target: PushTarget,
    payload: string,
    message: PushMessageOptions,
  ): Promise<PushOutcome> {
    const { vapid, timeoutMs = DEFAULT_TIMEOUT_MS } = this.#options
    try {
      const result = await webpush.sendNotification(target, payload, {
        vapidDetails: vapid,
        TTL: message.ttlSeconds,
        urgency: message.urgency,
        contentEncoding: 'aes128gcm',
        timeout: timeoutMs,
      })
      return { kind: 'delivered', messageId: messageIdOf(result.headers) }
    } catch (error) {
      if (!(error instanceof WebPushError)) throw error
      const status = error.statusCode
      if (status === 404 || status === 410) return { kind: 'gone', status }
      if (status >= 400 && status < 500 && status !== 429) return { kind: 'rejected', status }
      // The endpoint is a capability URL: keep it out of the message that reaches logs.
      throw new Error(`push service answered ${status}`)
    }
  }
}

/** Push services name the stored message in Location (RFC 8030 §5). */
function messageIdOf(headers: Record<string, string | string[] | undefined>): string | null {
  const location = headers.location
  return typeof location === 'string' ? location.slice(0, 200) : null
}
