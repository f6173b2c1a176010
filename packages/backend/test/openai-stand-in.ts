import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * A local stand-in for an OpenAI-compatible chat completions endpoint (gen.pollinations.ai),
 * speaking its SSE protocol, for tests, the bench and e2e: it streams tokens at a fixed pace,
 * or stalls, refuses (429 with Retry-After, 5xx), cuts the stream or sends malformed chunks, as
 * told, and keeps every request it received so tests can assert on what reached "the provider".
 */
export type StandInBehaviour =
  | {
      kind: 'stream'
      /** The tokens, in order; or `count` tokens `t0 `, `t1 `… */
      tokens?: string[]
      count?: number
      /** Pause before each token after the first. */
      paceMs?: number
      /** After this many tokens: `stall` sends nothing more, `cut` drops the connection, `malformed` sends a non-JSON data line. */
      after?: number
      misbehave?: 'stall' | 'cut' | 'malformed'
    }
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Headers never come. */
  | { kind: 'stall' }

export interface StandInRequest {
  headers: IncomingMessage['headers']
  body: {
    model?: string
    stream?: boolean
    messages: Array<{ role: string; content: string }>
  }
  /** Settles when the connection closes; `true` when it closed before the answer ended. */
  closed: Promise<boolean>
}

export interface OpenAiStandIn {
  /** The chat completions URL. */
  url: string
  requests: StandInRequest[]
  behaviour: StandInBehaviour
  /** Resolves once `count` requests have arrived. */
  requestCount(count: number): Promise<void>
  reset(): void
  close(): Promise<void>
}

const PATH = '/v1/chat/completions'

export function chunkOf(content: string): string {
  return `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content } }] })}\n\n`
}

const ROLE = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { role: 'assistant' } }] })}\n\n`
const FINISH = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`
const DONE = 'data: [DONE]\n\n'

export async function startOpenAiStandIn(
  behaviour: StandInBehaviour = { kind: 'stream', count: 5 },
): Promise<OpenAiStandIn> {
  const sockets = new Set<Socket>()
  const waiters: Array<{ count: number; resolve: () => void }> = []
  const standIn: OpenAiStandIn = {
    url: '',
    requests: [],
    behaviour,
    requestCount(count) {
      if (standIn.requests.length >= count) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    reset() {
      standIn.requests.length = 0
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  const server = createServer(async (incoming, response) => {
    sockets.add(incoming.socket)
    let text = ''
    for await (const part of incoming) text += part
    let ended = false
    const closed = new Promise<boolean>((resolve) => {
      response.on('close', () => resolve(!ended))
    })
    standIn.requests.push({ headers: incoming.headers, body: JSON.parse(text), closed })
    for (const waiter of waiters.filter((w) => standIn.requests.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
    if (incoming.url !== PATH) {
      response.writeHead(404).end()
      return
    }
    ended = await answer(standIn.behaviour, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`
  return standIn
}

/** Answers as told; true when the answer ended normally. */
async function answer(behaviour: StandInBehaviour, response: ServerResponse): Promise<boolean> {
  if (behaviour.kind === 'stall') return false
  if (behaviour.kind === 'status') {
    const headers = behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : undefined
    response.writeHead(behaviour.status, { 'content-type': 'application/json', ...headers })
    response.end(JSON.stringify({ error: { message: 'stand-in refusal' } }))
    return true
  }
  const tokens =
    behaviour.tokens ?? Array.from({ length: behaviour.count ?? 5 }, (_, index) => `t${index} `)
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' })
  response.write(ROLE)
  for (const [index, token] of tokens.entries()) {
    if (response.destroyed) return false
    if (behaviour.after === index && behaviour.misbehave)
      return misbehave(behaviour.misbehave, response)
    if (index > 0 && behaviour.paceMs) await sleep(behaviour.paceMs)
    if (response.destroyed) return false
    response.write(chunkOf(token))
  }
  if (behaviour.after === tokens.length && behaviour.misbehave) {
    return misbehave(behaviour.misbehave, response)
  }
  response.end(FINISH + DONE)
  return true
}

async function misbehave(how: 'stall' | 'cut' | 'malformed', response: ServerResponse) {
  // What was written goes out first: a cut after some tokens, not a refused connection.
  if (how === 'cut') await sleep(30).then(() => response.destroy())
  if (how === 'malformed') response.write('data: {"choices": [{"delta": \n\n')
  return false
}
