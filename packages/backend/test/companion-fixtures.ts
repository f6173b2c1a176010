import { randomUUID } from 'node:crypto'
import type { CompanionConversation, CompanionStreamEvent } from '@yektayar/shared'
import type { SignedInUser } from './auth-fixtures.ts'
import type { OpenAiStandIn } from './openai-stand-in.ts'
import { createTestApp, type TestApp, type TestAppOptions } from './test-app.ts'

export const STAND_IN_KEY = 'sk_test_companion_5e2b9d'

/** The app with the companion pointed at a local stand-in, with short deadlines. */
export function createCompanionApp(
  standIn: OpenAiStandIn,
  env: Record<string, string> = {},
  options: Omit<TestAppOptions, 'env'> = {},
) {
  return createTestApp({
    ...options,
    env: {
      COMPANION_PROVIDER: 'openai-compatible',
      COMPANION_API_URL: standIn.url,
      COMPANION_API_KEY: STAND_IN_KEY,
      COMPANION_MODEL: 'stand-in-model',
      COMPANION_FIRST_BYTE_TIMEOUT_MS: '1500',
      COMPANION_IDLE_TIMEOUT_MS: '1500',
      COMPANION_HOURLY_QUOTA: '1000',
      COMPANION_DAILY_QUOTA: '1000',
      ...env,
    },
  })
}

export async function startConversation(
  t: TestApp,
  user: SignedInUser,
  body: Record<string, unknown> = {},
): Promise<CompanionConversation> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/companion/conversations',
    headers: user.headers,
    payload: body,
  })
  if (response.statusCode !== 201) throw new Error(`create conversation: ${response.body}`)
  return response.json()
}

/** A send answered as JSON (it waits for the reply). */
export function sendJson(
  t: TestApp,
  user: SignedInUser,
  conversationId: string,
  text: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/companion/conversations/${conversationId}/messages`,
    headers: { ...user.headers, ...headers },
    payload: { text, clientMessageId: randomUUID(), ...extra },
  })
}

export async function listening(t: TestApp): Promise<string> {
  if (!t.app.server.listening) await t.app.listen({ host: '127.0.0.1', port: 0 })
  const address = t.app.server.address()
  if (!address || typeof address === 'string') throw new Error('not listening')
  return `http://127.0.0.1:${address.port}`
}

export interface OpenedStream {
  status: number
  headers: Headers
  /** The events so far and to come, as parsed from the body. */
  events: AsyncGenerator<CompanionStreamEvent>
  abort(): void
}

/** A streamed send over real HTTP, as the browser's fetch makes it. */
export async function sendStreamed(
  t: TestApp,
  user: SignedInUser,
  conversationId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<OpenedStream> {
  const origin = await listening(t)
  const controller = new AbortController()
  const response = await fetch(
    `${origin}/api/v1/companion/conversations/${conversationId}/messages`,
    {
      method: 'POST',
      headers: {
        ...user.headers,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({ text, clientMessageId: randomUUID(), ...extra }),
      signal: controller.signal,
    },
  )
  return {
    status: response.status,
    headers: response.headers,
    events: eventsOf(response),
    abort: () => controller.abort(),
  }
}

async function* eventsOf(response: Response): AsyncGenerator<CompanionStreamEvent> {
  if (!response.body) return
  const decoder = new TextDecoder()
  let buffer = ''
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true })
    let end = buffer.indexOf('\n\n')
    while (end >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const name = /^event: (.+)$/m.exec(block)?.[1]
      const data = /^data: (.+)$/m.exec(block)?.[1]
      if (name && data) yield { event: name, data: JSON.parse(data) } as CompanionStreamEvent
      end = buffer.indexOf('\n\n')
    }
  }
}

/** Every event of a stream, to its end. */
export async function allEvents(stream: OpenedStream): Promise<CompanionStreamEvent[]> {
  const events: CompanionStreamEvent[] = []
  for await (const event of stream.events) events.push(event)
  return events
}

/** Reads events until one named `name` arrives (or the stream ends), and answers those read. */
export async function eventsUntil(stream: OpenedStream, name: string) {
  const events: CompanionStreamEvent[] = []
  // next(), not for…of with break: breaking would cancel the body, i.e. hang up.
  while (true) {
    const { value, done } = await stream.events.next()
    if (done) return events
    events.push(value)
    if (value.event === name) return events
  }
}

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5000) {
  const until = Date.now() + ms
  let value = await read()
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25))
    value = await read()
  }
  return value
}
