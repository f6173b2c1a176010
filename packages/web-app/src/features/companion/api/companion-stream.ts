import type { CompanionStreamEvent, CompanionStreamEventName } from '@yektayar/shared/types'
import { createParser, type EventSourceMessage } from 'eventsource-parser'

const EVENT_NAMES: ReadonlySet<string> = new Set<CompanionStreamEventName>([
  'accepted',
  'delta',
  'replaced',
  'done',
  'unavailable',
])

/** An event of ours whose data is JSON; anything else (a comment, a keep-alive) is skipped. */
function toCompanionEvent({ event, data }: EventSourceMessage): CompanionStreamEvent | null {
  if (!event || !EVENT_NAMES.has(event)) return null
  try {
    return { event, data: JSON.parse(data) } as CompanionStreamEvent
  } catch {
    return null
  }
}

/**
 * The events of a streamed send (packages/shared/src/contracts/companion.ts), in order, as
 * they arrive. Bytes are decoded as a stream, so a Persian letter split between two chunks
 * comes out whole, and the parser joins an event split between chunks. It ends with the body;
 * a body that breaks throws, and the caller fetches the reply afterwards.
 */
export async function* companionEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<CompanionStreamEvent> {
  const ready: CompanionStreamEvent[] = []
  const parser = createParser({
    onEvent: (message) => {
      const event = toCompanionEvent(message)
      if (event) ready.push(event)
    },
  })
  const decoder = new TextDecoder('utf-8')
  const reader = body.getReader()
  let ended = false
  try {
    while (!ended) {
      const { value, done } = await reader.read()
      ended = done
      parser.feed(done ? decoder.decode() : decoder.decode(value, { stream: true }))
      yield* ready.splice(0)
    }
  } finally {
    // Left early (the page went away): the response need not be read to its end.
    if (!ended) void reader.cancel().catch(() => undefined)
  }
}
