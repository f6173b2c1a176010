import { createParser, type EventSourceParser } from 'eventsource-parser'
import { CompanionUnavailableError } from './companion-provider.ts'

const DONE = '[DONE]'
const UNTERMINATED_DONE = /(?:^|\n)data: ?\[DONE\]\r?\n?$/
const TAIL_CHARS = 32

// An event larger than this is a misbehaving upstream, not a sentence: refuse it rather than
// buffer without end.
const MAX_EVENT_CHARS = 1_000_000

/**
 * Reads the text/event-stream body of a streamed OpenAI-style chat completion as it arrives:
 * `feed` each decoded piece, in order, and it answers the text deltas the piece completed;
 * `done` says `data: [DONE]` came, `failure` that the stream went wrong (the deltas before the
 * bad event are still answered). `end` says the body ended; one that ends before [DONE] was cut
 * (interrupted), since a model stopping normally still sends it. Push rather than an async
 * iterable of chunks: at a few hundred streams the promise per network chunk of a pull
 * pipeline was a large share of the app's time (the profile in issue 19's bench).
 */
export class ChatCompletionParser {
  #done = false
  #failure: CompanionUnavailableError | undefined
  #tail = ''
  #deltas: string[] = []
  readonly #parser: EventSourceParser

  constructor() {
    this.#parser = createParser({
      maxBufferSize: MAX_EVENT_CHARS,
      onEvent: (event) => this.#onData(event.data),
      onError: (error) => {
        if (error.type === 'max-buffer-size-exceeded') {
          this.#failure ??= malformed(`an event longer than ${MAX_EVENT_CHARS} characters`)
        }
      },
    })
  }

  get done(): boolean {
    return this.#done
  }

  /** Why the stream cannot be read on (malformed), once it cannot. */
  get failure(): CompanionUnavailableError | undefined {
    return this.#failure
  }

  /** The deltas `text` completed, in order, up to [DONE] or a bad event. */
  feed(text: string): string[] {
    if (this.#done || this.#failure) return []
    this.#tail = (this.#tail + text).slice(-TAIL_CHARS)
    this.#parser.feed(text)
    const deltas = this.#deltas
    this.#deltas = []
    return deltas
  }

  /** The body ended: fine after [DONE], a cut stream otherwise. */
  end(): void {
    if (this.#done) return
    // The parser rightly drops an event the body ends inside, but a server that closes straight
    // after `data: [DONE]`, without the blank line that ends an event, has still said it is done.
    if (UNTERMINATED_DONE.test(this.#tail)) {
      this.#done = true
      return
    }
    throw new CompanionUnavailableError('interrupted', 'The completion stream ended before [DONE]')
  }

  #onData(data: string): void {
    // What follows [DONE] or a bad event in the same piece is not part of the answer.
    if (this.#done || this.#failure) return
    if (data === DONE) {
      this.#done = true
      return
    }
    try {
      const content = contentOf(data)
      if (content) this.#deltas.push(content)
    } catch (error) {
      this.#failure = error as CompanionUnavailableError
    }
  }
}

/**
 * `choices[0].delta.content` of one `data:` event. The first chunk often carries only the role,
 * and the last ones a finish reason or usage with no choices at all, so content and delta may
 * both be missing. Checked by hand rather than with a schema: this runs once per token.
 */
function contentOf(data: string): string | null | undefined {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    throw malformed('a data line that is not JSON')
  }
  const choices = (json as { choices?: unknown } | null)?.choices
  if (!Array.isArray(choices)) throw notAChunk()
  for (const choice of choices) {
    if (typeof choice !== 'object' || choice === null) throw notAChunk()
    const delta = (choice as { delta?: unknown }).delta
    if (delta === undefined || delta === null) continue
    if (typeof delta !== 'object') throw notAChunk()
    const content = (delta as { content?: unknown }).content
    if (content !== undefined && content !== null && typeof content !== 'string') throw notAChunk()
  }
  return (choices[0] as { delta?: { content?: string | null } | null } | undefined)?.delta?.content
}

const notAChunk = () => malformed('a data line that is not a chat completion chunk')

function malformed(what: string): CompanionUnavailableError {
  return new CompanionUnavailableError('malformed', `The completion stream sent ${what}`)
}
