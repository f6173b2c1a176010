import { vi } from 'vitest'
import type { Reply } from '../../../shared/testing/test-support.tsx'

/** A response body the test writes into as it goes; aborting the request breaks it. */
export interface LiveStream {
  stream: ReadableStream<Uint8Array>
  push: (text: string) => void
  close: () => void
  fail: (error: unknown) => void
}

export function liveStream(): LiveStream {
  const encoder = new TextEncoder()
  let controller!: ReadableStreamDefaultController<Uint8Array>
  let open = true
  const stream = new ReadableStream<Uint8Array>({
    start(control) {
      controller = control
    },
  })
  const ifOpen = (act: () => void) => {
    if (!open) return
    act()
  }
  return {
    stream,
    push: (text) => ifOpen(() => controller.enqueue(encoder.encode(text))),
    close: () =>
      ifOpen(() => {
        open = false
        controller.close()
      }),
    fail: (error) =>
      ifOpen(() => {
        open = false
        controller.error(error)
      }),
  }
}

type Answer = Reply | { live: LiveStream }

export interface Call {
  key: string
  body: unknown
  headers: Headers
  signal: AbortSignal | undefined
}

/**
 * Like fakeApi (shared/testing), keyed by "METHOD path", answering from each key's queue, with
 * streamed answers too: `{ live }` answers `200 text/event-stream` with that body.
 */
export function fakeCompanionApi(replies: Record<string, Answer[]>) {
  const calls: Call[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`
    calls.push({
      key,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    })
    const answer = replies[key]?.shift() ?? { status: 500, body: null }
    if ('live' in answer) {
      const { live } = answer
      init?.signal?.addEventListener('abort', () =>
        live.fail(new DOMException('The operation was aborted.', 'AbortError')),
      )
      return new Response(live.stream, {
        status: 200,
        headers: { 'Content-Type': 'text/event-stream' },
      })
    }
    if (answer.status === 204) return new Response(null, { status: 204 })
    const type = answer.status >= 400 ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(answer.body ?? null), {
      status: answer.status,
      headers: { 'Content-Type': type },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    calls: () => calls,
    sentTo: (key: string) => calls.filter((call) => call.key === key),
  }
}
