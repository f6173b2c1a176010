import { Readable } from 'node:stream'
import type { CompanionStreamEvent } from '@yektayar/shared'
import type { FastifyReply } from 'fastify'
import type { AcceptedSend } from './send.service.ts'

// Why server-sent events over fetch rather than Socket.IO events: a turn is one request and one
// answer, so the reply streams in the answer to the POST that sent the message, with the same
// session cookie and CSRF token as any other write, through the same rate limits and errors
// (problem+json before the stream starts). It is plain HTTP, which Apache's mod_proxy passes
// through as it comes when nothing buffers it (no compression here, `X-Accel-Buffering: no`,
// `Cache-Control: no-cache`), with no sticky routing or WebSocket upgrade to get right. And since
// the reply is stored as it streams, a dropped connection loses nothing: the client fetches the
// reply (GET …/messages/:messageId) instead of resuming a socket subscription.

/** A comment line every this often without an event, so proxies do not close an idle stream. */
const HEARTBEAT_MS = 15_000

/**
 * Answers with the send's events as they happen: `accepted`, the reply's deltas (or `replaced`),
 * and `done` or `unavailable`. A client that goes away only stops listening: the reply goes on
 * and is stored.
 */
export function streamReply(
  reply: FastifyReply,
  accepted: AcceptedSend,
  heartbeatMs = HEARTBEAT_MS,
): FastifyReply {
  // A readable pushed into, not a PassThrough: each event goes straight to the response
  // (Fastify pipes it there) without a writable side in between, once per token per stream.
  // Events of one tick still leave in one write: the response corks its socket until the next
  // tick, so a lone token is never held back and tokens that came together are not split.
  const stream = new Readable({ read() {} })
  let lastWriteAt = Date.now()
  let open = true
  const write = (event: CompanionStreamEvent) => {
    if (!open) return
    lastWriteAt = Date.now()
    stream.push(`event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`)
  }
  const heartbeat = setInterval(() => {
    if (open && Date.now() - lastWriteAt >= heartbeatMs) {
      lastWriteAt = Date.now()
      stream.push(': keep-alive\n\n')
    }
  }, heartbeatMs / 3)
  write({
    event: 'accepted',
    data: { message: accepted.message, replyId: accepted.replyId, safety: accepted.safety },
  })
  const unsubscribe = accepted.run?.subscribe(write)
  const close = () => {
    open = false
    clearInterval(heartbeat)
    unsubscribe?.()
  }
  reply.raw.once('close', close)
  void accepted.final.then((final) => {
    write(final)
    close()
    stream.push(null)
  })
  return reply
    .code(200)
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(stream)
}

export function wantsEventStream(accept: string | undefined): boolean {
  return accept?.includes('text/event-stream') ?? false
}
