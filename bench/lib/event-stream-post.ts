import { Agent, request } from 'node:http'
import { createParser, type EventSourceMessage } from 'eventsource-parser'

// One pool for every simulated browser: each stream holds its own connection while it reads.
const agent = new Agent({ keepAlive: true })

export interface EventStreamPost {
  url: string
  headers: Record<string, string>
  body: string
  /** Called for each event as soon as the piece of body that completes it arrives. */
  onEvent(event: EventSourceMessage): void
}

/**
 * POSTs and reads a text/event-stream answer with node:http and eventsource-parser fed with
 * strings, resolving when the body ends. The bench's 200 readers share the machine with the
 * app they measure, so they must be cheap: fetch with WHATWG streams and a parser stream costs
 * several promises per chunk, and a busy reader shows up as time the app seemed to add.
 * A non-200 answer rejects with its status and body.
 */
export function postEventStream(post: EventStreamPost): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = request(post.url, {
      method: 'POST',
      agent,
      headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
    })
    outgoing.on('error', reject)
    outgoing.on('response', (response) => {
      response.setEncoding('utf8')
      response.on('error', reject)
      if (response.statusCode !== 200) {
        let text = ''
        response.on('data', (piece: string) => {
          text += piece
        })
        response.on('end', () => reject(new Error(`send: ${response.statusCode} ${text}`)))
        return
      }
      const parser = createParser({ onEvent: post.onEvent })
      response.on('data', (piece: string) => parser.feed(piece))
      response.on('end', resolve)
    })
    outgoing.end(post.body)
  })
}
