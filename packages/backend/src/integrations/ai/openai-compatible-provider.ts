import { chatCompletionDeltas } from './chat-completion-stream.ts'
import {
  type CompanionProvider,
  type CompanionRequest,
  CompanionUnavailableError,
  type CompanionUnavailableReason,
} from './companion-provider.ts'

export interface OpenAiCompatibleOptions {
  /** The chat completions endpoint, e.g. https://gen.pollinations.ai/v1/chat/completions. */
  url: string
  model: string
  /** Sent as `Authorization: Bearer`; never part of a URL or an error message. */
  apiKey: string
  /** How long to wait for the response headers. */
  firstByteTimeoutMs?: number
  /** How long the stream may go without a chunk once it has started. */
  idleTimeoutMs?: number
  fetch?: typeof fetch
}

const DEFAULT_FIRST_BYTE_TIMEOUT_MS = 15_000
const DEFAULT_IDLE_TIMEOUT_MS = 20_000

/**
 * Streams chat completions from an OpenAI-compatible endpoint (Pollinations in production). The
 * providers behind Pollinations exclude Iran and may vanish at any time (DESIGN.md 10), so every
 * way of failing ends in a CompanionUnavailableError with a reason, and a stalled server is given
 * up on by its own deadlines instead of holding the person's screen.
 */
export class OpenAiCompatibleProvider implements CompanionProvider {
  readonly kind = 'openai-compatible'
  readonly #options: OpenAiCompatibleOptions

  constructor(options: OpenAiCompatibleOptions) {
    if (!options.url) throw new Error('The AI companion provider needs a URL')
    if (!options.model) throw new Error('The AI companion provider needs a model')
    if (!options.apiKey) throw new Error('The AI companion provider needs an API key')
    this.#options = options
  }

  async *stream(request: CompanionRequest, signal: AbortSignal): AsyncGenerator<string> {
    if (signal.aborted) return
    // One controller for the whole exchange: the person's stop, a deadline and the end of the
    // iteration (a consumer that stops early included) all close the connection through it.
    const connection = new AbortController()
    const stop = () => connection.abort()
    signal.addEventListener('abort', stop, { once: true })
    try {
      const body = await this.#open(request, connection)
      for await (const delta of chatCompletionDeltas(this.#chunksOf(body, connection))) {
        if (signal.aborted) return
        yield delta
      }
    } catch (error) {
      // Whatever the abort broke on its way out, stopping is not a failure.
      if (signal.aborted) return
      throw error
    } finally {
      signal.removeEventListener('abort', stop)
      connection.abort()
    }
  }

  async #open(
    request: CompanionRequest,
    connection: AbortController,
  ): Promise<ReadableStream<Uint8Array>> {
    const { url, model, apiKey } = this.#options
    const doFetch = this.#options.fetch ?? fetch
    const body = { model, messages: request.messages, stream: true, max_tokens: request.maxTokens }
    const response = await withinDeadline(
      doFetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${apiKey}`,
          'content-type': 'application/json',
          accept: 'text/event-stream',
        },
        body: JSON.stringify(body),
        // A redirect would carry the key somewhere nobody configured: treat it as a refusal.
        redirect: 'manual',
        signal: connection.signal,
      }),
      { ms: this.#options.firstByteTimeoutMs ?? DEFAULT_FIRST_BYTE_TIMEOUT_MS, connection },
      { waitingFor: 'response headers', otherwise: 'network' },
    )
    if (!response.ok) throw unavailableFor(response)
    const contentType = response.headers.get('content-type') ?? ''
    if (!contentType.includes('text/event-stream') || !response.body) {
      throw new CompanionUnavailableError(
        'malformed',
        `The companion provider answered ${contentType || 'no content type'}, not an event stream`,
      )
    }
    return response.body
  }

  /** The body's chunks, each awaited under the idle deadline; a failed read is a cut stream. */
  async *#chunksOf(
    body: ReadableStream<Uint8Array>,
    connection: AbortController,
  ): AsyncGenerator<Uint8Array> {
    const reader = body.getReader()
    const ms = this.#options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS
    while (true) {
      const { done, value } = await withinDeadline(
        reader.read(),
        { ms, connection },
        { waitingFor: 'the next chunk', otherwise: 'interrupted' },
      )
      if (done) return
      yield value
    }
  }
}

interface Deadline {
  ms: number
  /** Aborted when the deadline passes, which is what makes a pending fetch or read give up. */
  connection: AbortController
}

interface Failure {
  waitingFor: string
  /** The reason for any failure that is not the deadline. */
  otherwise: CompanionUnavailableReason
}

/**
 * `work`, or a CompanionUnavailableError: 'timeout' when it took longer than the deadline,
 * `otherwise` when it failed on its own.
 */
async function withinDeadline<T>(
  work: Promise<T>,
  deadline: Deadline,
  failure: Failure,
): Promise<T> {
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    deadline.connection.abort()
  }, deadline.ms)
  try {
    return await work
  } catch (error) {
    if (timedOut) {
      const message = `No ${failure.waitingFor} from the companion provider within ${deadline.ms} ms`
      throw new CompanionUnavailableError('timeout', message)
    }
    throw new CompanionUnavailableError(failure.otherwise, describe(error, failure), {
      cause: error,
    })
  } finally {
    clearTimeout(timer)
  }
}

function describe(error: unknown, failure: Failure): string {
  const what = `The companion provider failed while waiting for ${failure.waitingFor}`
  if (!(error instanceof Error)) return what
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
  return `${what}: ${error.message}${cause}`
}

function unavailableFor(response: Response): CompanionUnavailableError {
  const status = response.status
  const message = `The companion provider answered HTTP ${status}`
  if (status === 429) {
    const retryAfterSeconds = retryAfterSecondsOf(response.headers.get('retry-after'))
    return new CompanionUnavailableError('rate_limited', message, { retryAfterSeconds })
  }
  return new CompanionUnavailableError(status >= 500 ? 'upstream_error' : 'refused', message)
}

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110, 10.2.3). */
function retryAfterSecondsOf(header: string | null): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}
