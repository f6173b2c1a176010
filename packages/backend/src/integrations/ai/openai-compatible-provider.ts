import type { Agent } from 'node:http'
import type { CompanionProvider, CompanionRequest } from './companion-provider.ts'
import { UpstreamCompletion } from './upstream-completion.ts'
import { agentFor, postUpstream } from './upstream-request.ts'

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
}

const DEFAULT_FIRST_BYTE_TIMEOUT_MS = 15_000
const DEFAULT_IDLE_TIMEOUT_MS = 20_000

/**
 * Streams chat completions from an OpenAI-compatible endpoint (Pollinations in production). The
 * providers behind Pollinations exclude Iran and may vanish at any time (DESIGN.md 10), so every
 * way of failing ends in a CompanionUnavailableError with a reason, and a stalled server is given
 * up on by its own deadlines instead of holding the person's screen (upstream-completion.ts).
 */
export class OpenAiCompatibleProvider implements CompanionProvider {
  readonly kind = 'openai-compatible'
  readonly #options: OpenAiCompatibleOptions
  readonly #url: URL
  readonly #agent: Agent

  constructor(options: OpenAiCompatibleOptions) {
    if (!options.url) throw new Error('The AI companion provider needs a URL')
    if (!options.model) throw new Error('The AI companion provider needs a model')
    if (!options.apiKey) throw new Error('The AI companion provider needs an API key')
    this.#options = options
    this.#url = new URL(options.url)
    this.#agent = agentFor(this.#url)
  }

  async *stream(request: CompanionRequest, signal: AbortSignal): AsyncGenerator<string> {
    if (signal.aborted) return
    const upstream = this.#open(request)
    // The person's stop, a deadline and the end of the iteration (a consumer that stops early
    // included) all close the connection.
    const stop = () => upstream.close()
    signal.addEventListener('abort', stop, { once: true })
    try {
      for (;;) {
        const deltas = await upstream.next()
        if (deltas === null) return
        for (const delta of deltas) {
          if (signal.aborted) return
          yield delta
        }
      }
    } catch (error) {
      // Whatever the abort broke on its way out, stopping is not a failure.
      if (signal.aborted) return
      throw error
    } finally {
      signal.removeEventListener('abort', stop)
      upstream.close()
    }
  }

  #open(request: CompanionRequest): UpstreamCompletion {
    const { model, apiKey } = this.#options
    const body = { model, messages: request.messages, stream: true, max_tokens: request.maxTokens }
    const outgoing = postUpstream({
      url: this.#url,
      agent: this.#agent,
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify(body),
    })
    return new UpstreamCompletion(outgoing, {
      firstByteMs: this.#options.firstByteTimeoutMs ?? DEFAULT_FIRST_BYTE_TIMEOUT_MS,
      idleMs: this.#options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    })
  }
}
