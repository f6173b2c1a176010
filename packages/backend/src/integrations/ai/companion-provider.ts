import type { Locale } from '../../lib/app-error.ts'

export interface CompanionMessage {
  role: 'system' | 'user' | 'assistant'
  content: string
}

/**
 * One turn of the companion. `messages` are already scrubbed of personal data (pii-scrubber.ts)
 * and carry the system prompt; `language` is the language the person reads, which the offline
 * companion answers in and a model is asked for by the prompt.
 */
export interface CompanionRequest {
  messages: CompanionMessage[]
  language: Locale
  maxTokens?: number
}

/**
 * Where the companion's words come from. `stream` yields text deltas in order. When `signal`
 * aborts (the person pressed stop) the iteration simply ends, without an error, and any request
 * to a provider is aborted with it. Anything else that keeps the answer from arriving whole is
 * a CompanionUnavailableError, so the caller can say "the companion is unavailable" and offer a
 * human instead.
 */
export interface CompanionProvider {
  readonly kind: 'openai-compatible' | 'offline'
  stream(request: CompanionRequest, signal: AbortSignal): AsyncIterable<string>
}

export type CompanionUnavailableReason =
  | 'timeout'
  | 'rate_limited'
  | 'upstream_error'
  | 'refused'
  | 'malformed'
  | 'interrupted'
  | 'network'

interface CompanionUnavailableOptions {
  /** From the provider's Retry-After, when it said how long to wait. */
  retryAfterSeconds?: number
  cause?: unknown
}

/** The answer could not be had, or not whole. Messages never hold keys or what the person wrote. */
export class CompanionUnavailableError extends Error {
  override name = 'CompanionUnavailableError'
  readonly retryAfterSeconds: number | undefined

  constructor(
    readonly reason: CompanionUnavailableReason,
    message: string,
    options: CompanionUnavailableOptions = {},
  ) {
    super(message, { cause: options.cause })
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}
