import { createParser } from 'eventsource-parser'
import { z } from 'zod'
import { CompanionUnavailableError } from './companion-provider.ts'

/**
 * One `data:` event of a streamed OpenAI-style chat completion. Only `choices[0].delta.content`
 * matters; the first chunk often carries only the role, and the last ones a finish reason or
 * usage with no choices at all, so content and delta may both be missing.
 */
const completionChunk = z.object({
  choices: z.array(z.object({ delta: z.object({ content: z.string().nullish() }).nullish() })),
})

const DONE = '[DONE]'
const UNTERMINATED_DONE = /(?:^|\n)data: ?\[DONE\]\r?\n?$/
const TAIL_CHARS = 32

// An event larger than this is a misbehaving upstream, not a sentence: refuse it rather than
// buffer without end.
const MAX_EVENT_CHARS = 1_000_000

/**
 * The text deltas of a text/event-stream body, in order, until `data: [DONE]`. A body that ends
 * before [DONE] was cut (interrupted), since a model stopping normally still sends it.
 */
export async function* chatCompletionDeltas(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<string> {
  const events: string[] = []
  let overflowed = false
  const parser = createParser({
    maxBufferSize: MAX_EVENT_CHARS,
    onEvent: (event) => events.push(event.data),
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflowed = true
    },
  })
  const decoder = new TextDecoder()
  let tail = ''
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true })
    tail = (tail + text).slice(-TAIL_CHARS)
    parser.feed(text)
    if (overflowed) throw malformed(`an event longer than ${MAX_EVENT_CHARS} characters`)
    if (yield* contentsUntilDone(events)) return
  }
  // The parser rightly drops an event the body ends inside, but a server that closes straight
  // after `data: [DONE]`, without the blank line that ends an event, has still said it is done.
  if (UNTERMINATED_DONE.test(tail)) return
  throw new CompanionUnavailableError('interrupted', 'The completion stream ended before [DONE]')
}

/** Yields the content of each pending event and empties the list; true once [DONE] is seen. */
function* contentsUntilDone(events: string[]): Generator<string, boolean> {
  for (const data of events.splice(0)) {
    if (data === DONE) return true
    const content = contentOf(data)
    if (content) yield content
  }
  return false
}

function contentOf(data: string): string | null | undefined {
  let json: unknown
  try {
    json = JSON.parse(data)
  } catch {
    throw malformed('a data line that is not JSON')
  }
  const chunk = completionChunk.safeParse(json)
  if (!chunk.success) throw malformed('a data line that is not a chat completion chunk')
  return chunk.data.choices[0]?.delta?.content
}

function malformed(what: string): CompanionUnavailableError {
  return new CompanionUnavailableError('malformed', `The completion stream sent ${what}`)
}
