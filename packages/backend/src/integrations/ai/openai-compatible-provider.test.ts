import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type CompanionRequest, CompanionUnavailableError } from './companion-provider.ts'
import { OpenAiCompatibleProvider } from './openai-compatible-provider.ts'

const API_KEY = 'sk_test_4f9a2c7e1b'
const MODEL = 'openai-fast'
const PATH = '/v1/chat/completions'

const request: CompanionRequest = {
  messages: [
    { role: 'system', content: 'You are a supportive companion. Answer in Persian.' },
    { role: 'user', content: 'امشب هم خوابم نمی‌برد.' },
  ],
  language: 'fa',
}

interface ReceivedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: unknown
}

type Handler = (response: ServerResponse) => void

function chunk(content: string): string {
  return `data: ${JSON.stringify({ id: 'c1', choices: [{ index: 0, delta: { content } }] })}\n\n`
}

const ROLE_ONLY = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { role: 'assistant' } }] })}\n\n`
const FINISH = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`
const USAGE = `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 9, completion_tokens: 3 } })}\n\n`
const DONE = 'data: [DONE]\n\n'

function startStream(response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' })
}

const answersWhole: Handler = (response) => {
  startStream(response)
  response.end(ROLE_ONLY + chunk('سلام') + chunk('، ') + chunk('hello') + FINISH + USAGE + DONE)
}

// A stand-in for gen.pollinations.ai that records what it receives and answers as each test says.
let server: Server
let baseUrl: string
let handler: Handler = answersWhole
const received: ReceivedRequest[] = []
// Connections that carried a request, closed after each test so no stalled answer outlives it.
// Not closeAllConnections(): fetch may already hold a fresh idle connection for the next test
// (it opens one after an aborted request), and closing that under it fails the next request.
const usedSockets = new Set<Socket>()
/** Resolves when the server sees the latest request's connection close. */
let requestClosed: Promise<void> = Promise.resolve()

beforeAll(async () => {
  server = createServer(async (incoming, response) => {
    let body = ''
    for await (const part of incoming) body += part
    received.push({
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      headers: incoming.headers,
      body: JSON.parse(body),
    })
    requestClosed = new Promise((resolve) => response.on('close', () => resolve()))
    usedSockets.add(incoming.socket)
    // Nor is a finished answer's connection kept for the next test, which afterEach would close.
    response.setHeader('connection', 'close')
    handler(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterEach(() => {
  handler = answersWhole
  received.length = 0
  for (const socket of usedSockets) socket.destroy()
  usedSockets.clear()
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

function provider(
  overrides: Partial<ConstructorParameters<typeof OpenAiCompatibleProvider>[0]> = {},
) {
  return new OpenAiCompatibleProvider({
    url: `${baseUrl}${PATH}`,
    model: MODEL,
    apiKey: API_KEY,
    firstByteTimeoutMs: 300,
    idleTimeoutMs: 300,
    ...overrides,
  })
}

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const deltas: string[] = []
  for await (const delta of stream) deltas.push(delta)
  return deltas
}

/** The error a stream ends with, after the deltas it gave; the key is in no message. */
async function failureOf(stream: AsyncIterable<string>) {
  const deltas: string[] = []
  try {
    for await (const delta of stream) deltas.push(delta)
  } catch (error) {
    expect(error).toBeInstanceOf(CompanionUnavailableError)
    expect((error as Error).message).not.toContain(API_KEY)
    return { error: error as CompanionUnavailableError, deltas }
  }
  throw new Error('the stream ended without an error')
}

const never = () => new AbortController().signal

describe('OpenAiCompatibleProvider streaming', () => {
  it('yields the content deltas in order, skipping role, finish and usage chunks', async () => {
    expect(await collect(provider().stream(request, never()))).toEqual(['سلام', '، ', 'hello'])
  })

  it('posts the model, the messages as given and stream: true, with the key as a bearer token', async () => {
    await collect(provider().stream(request, never()))
    expect(received).toEqual([
      {
        method: 'POST',
        path: PATH,
        headers: expect.objectContaining({
          authorization: `Bearer ${API_KEY}`,
          'content-type': 'application/json',
          accept: 'text/event-stream',
        }),
        body: { model: MODEL, messages: request.messages, stream: true },
      },
    ])
  })

  it('sends max_tokens when the request sets a limit', async () => {
    await collect(provider().stream({ ...request, maxTokens: 256 }, never()))
    expect(received[0]?.body).toMatchObject({ max_tokens: 256 })
  })

  it('stops at [DONE] even when the server keeps the connection open', async () => {
    handler = (response) => {
      startStream(response)
      response.write(chunk('one') + DONE + chunk('after the end'))
    }
    // Were [DONE] not the end, the 300 ms idle deadline would turn this into a timeout.
    expect(await collect(provider().stream(request, never()))).toEqual(['one'])
    await requestClosed
  })

  it('reassembles events and Persian characters split across network writes', async () => {
    const whole = Buffer.from(chunk('خوابت') + chunk(' نمی‌برد') + DONE)
    handler = (response) => {
      startStream(response)
      // Cut inside a data line and inside a two-byte Persian letter.
      const cuts = [5, 17, 18, whole.length - 3]
      let from = 0
      const writeNext = () => {
        const to = cuts.shift() ?? whole.length
        response.write(whole.subarray(from, to))
        from = to
        if (from < whole.length) setTimeout(writeNext, 5)
        else response.end()
      }
      writeNext()
    }
    expect(await collect(provider().stream(request, never()))).toEqual(['خوابت', ' نمی‌برد'])
  })

  it.each(['data: [DONE]', 'data: [DONE]\n', 'data:[DONE]\r\n'])(
    'takes a body that closes right after %j',
    async (last) => {
      handler = (response) => {
        startStream(response)
        response.end(chunk('ok') + last)
      }
      expect(await collect(provider().stream(request, never()))).toEqual(['ok'])
    },
  )

  it('does not count time the consumer spends between deltas against the idle deadline', async () => {
    const deltas: string[] = []
    for await (const delta of provider({ idleTimeoutMs: 100 }).stream(request, never())) {
      deltas.push(delta)
      if (deltas.length === 1) await sleep(150)
    }
    expect(deltas).toEqual(['سلام', '، ', 'hello'])
  })
})

describe('OpenAiCompatibleProvider failures', () => {
  it('times out when no response headers arrive', async () => {
    handler = () => {}
    const { error } = await failureOf(
      provider({ firstByteTimeoutMs: 100 }).stream(request, never()),
    )
    expect(error.reason).toBe('timeout')
    expect(error.message).toContain('response headers')
    expect(error.message).toContain('100 ms')
  })

  it('times out when the stream stalls half-way, after the deltas that did arrive', async () => {
    handler = (response) => {
      startStream(response)
      response.write(chunk('Hel'))
    }
    const { error, deltas } = await failureOf(
      provider({ idleTimeoutMs: 150 }).stream(request, never()),
    )
    expect(deltas).toEqual(['Hel'])
    expect(error.reason).toBe('timeout')
    expect(error.message).toContain('150 ms')
    await requestClosed
  })

  it('reports 429 as rate_limited with the seconds of Retry-After', async () => {
    handler = (response) => {
      response.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' })
      response.end(JSON.stringify({ error: { message: `slow down ${API_KEY}` } }))
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('rate_limited')
    expect(error.retryAfterSeconds).toBe(7)
  })

  it('reads a Retry-After given as an HTTP date', async () => {
    handler = (response) => {
      const at = new Date(Date.now() + 30_000).toUTCString()
      response.writeHead(429, { 'retry-after': at })
      response.end()
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(28)
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(31)
  })

  it('leaves retryAfterSeconds out when 429 comes without Retry-After', async () => {
    handler = (response) => {
      response.writeHead(429)
      response.end()
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('rate_limited')
    expect(error.retryAfterSeconds).toBeUndefined()
  })

  it.each([500, 502, 503])('reports %i as upstream_error', async (status) => {
    handler = (response) => {
      response.writeHead(status, { 'content-type': 'text/html' })
      response.end('<html>Bad gateway</html>')
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('upstream_error')
    expect(error.message).toContain(String(status))
  })

  it.each([400, 401, 403, 404])('reports %i as refused', async (status) => {
    handler = (response) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ error: { message: 'Invalid model' } }))
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('refused')
  })

  it('refuses to follow a redirect with the key', async () => {
    handler = (response) => {
      response.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' })
      response.end()
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('refused')
    expect(received).toHaveLength(1)
  })

  it('reports a data line that is not JSON as malformed, after the deltas before it', async () => {
    handler = (response) => {
      startStream(response)
      response.end(`${chunk('Hel')}data: {"choices": [\n\n${DONE}`)
    }
    const { error, deltas } = await failureOf(provider().stream(request, never()))
    expect(deltas).toEqual(['Hel'])
    expect(error.reason).toBe('malformed')
  })

  it('reports JSON that is not a completion chunk as malformed', async () => {
    handler = (response) => {
      startStream(response)
      response.end(`data: {"error":{"message":"model overloaded"}}\n\n${DONE}`)
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('malformed')
  })

  it('reports a 200 answer that is not an event stream as malformed', async () => {
    handler = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ choices: [{ message: { content: 'hi' } }] }))
    }
    const { error } = await failureOf(provider().stream(request, never()))
    expect(error.reason).toBe('malformed')
    expect(error.message).toContain('application/json')
  })

  it('reports a body that ends without [DONE] as interrupted', async () => {
    handler = (response) => {
      startStream(response)
      response.end(chunk('Hel'))
    }
    const { error, deltas } = await failureOf(provider().stream(request, never()))
    expect(deltas).toEqual(['Hel'])
    expect(error.reason).toBe('interrupted')
  })

  it('reports a connection cut mid-stream as interrupted', async () => {
    handler = (response) => {
      startStream(response)
      response.write(chunk('Hel'), () => setTimeout(() => response.socket?.destroy(), 20))
    }
    const { error, deltas } = await failureOf(provider().stream(request, never()))
    expect(deltas).toEqual(['Hel'])
    expect(error.reason).toBe('interrupted')
  })

  it('reports an unreachable server as network', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const { error } = await failureOf(
      provider({ url: `http://127.0.0.1:${port}${PATH}` }).stream(request, never()),
    )
    expect(error.reason).toBe('network')
  })
})

describe('OpenAiCompatibleProvider stopped by the person', () => {
  it('ends the iteration without an error and closes the request mid-stream', async () => {
    handler = (response) => {
      startStream(response)
      response.write(chunk('Hel') + chunk('lo'))
    }
    const stop = new AbortController()
    const deltas: string[] = []
    for await (const delta of provider({ idleTimeoutMs: 5_000 }).stream(request, stop.signal)) {
      deltas.push(delta)
      stop.abort()
    }
    expect(deltas).toEqual(['Hel'])
    await requestClosed
  })

  it('ends quietly when stopped before the response headers', async () => {
    handler = () => {}
    const stop = new AbortController()
    setTimeout(() => stop.abort(), 50)
    const stream = provider({ firstByteTimeoutMs: 5_000 }).stream(request, stop.signal)
    expect(await collect(stream)).toEqual([])
    await requestClosed
  })

  it('sends nothing when already stopped', async () => {
    const stop = new AbortController()
    stop.abort()
    expect(await collect(provider().stream(request, stop.signal))).toEqual([])
    expect(received).toEqual([])
  })

  it('closes the request when the consumer stops reading early', async () => {
    handler = (response) => {
      startStream(response)
      response.write(chunk('Hel') + chunk('lo'))
    }
    for await (const delta of provider({ idleTimeoutMs: 5_000 }).stream(request, never())) {
      expect(delta).toBe('Hel')
      break
    }
    await requestClosed
  })
})

describe('OpenAiCompatibleProvider settings', () => {
  it('refuses to start without a key, a model or a URL', () => {
    expect(() => provider({ apiKey: '' })).toThrow('API key')
    expect(() => provider({ model: '' })).toThrow('model')
    expect(() => provider({ url: '' })).toThrow('URL')
  })
})
