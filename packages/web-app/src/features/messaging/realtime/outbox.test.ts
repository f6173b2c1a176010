import { beforeEach, describe, expect, it, vi } from 'vitest'

// A fake connection: `connected` is switched by the test, every `message:send` is recorded and
// answered (or not) by the test.
type Answer = (ack: unknown) => void
const sent: {
  event: string
  payload: { clientId: string; content: string }
  answer: Answer
  fail: (error: Error) => void
}[] = []
const handlers = new Map<string, Set<() => void>>()
const fakeSocket = {
  connected: true,
  on(event: string, handler: () => void) {
    const set = handlers.get(event) ?? new Set()
    set.add(handler)
    handlers.set(event, set)
  },
  off(event: string, handler: () => void) {
    handlers.get(event)?.delete(handler)
  },
}

vi.mock('./messaging-socket.ts', () => ({
  messagingSocket: () => fakeSocket,
  emitWithAck: (event: string, payload: { clientId: string; content: string }) =>
    new Promise((resolve, reject) => sent.push({ event, payload, answer: resolve, fail: reject })),
}))

// A fresh outbox (empty queue) per test.
let outbox: typeof import('./outbox.ts')['outbox']

const message = (clientId: string, content: string) => ({
  id: `id-${clientId}`,
  threadId: 't1',
  senderId: 'me',
  content,
  isSystem: false,
  seq: 1,
  clientId,
  createdAt: '2026-11-24T10:00:00.000Z',
  editedAt: null,
})

const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the outbox', () => {
  beforeEach(async () => {
    sent.length = 0
    handlers.clear()
    fakeSocket.connected = true
    vi.resetModules()
    outbox = (await import('./outbox.ts')).outbox
    outbox.setAuthor('me')
  })

  it('sends with a client id, shows it pending, and hands the acknowledged message on', async () => {
    const delivered: unknown[] = []
    const stop = outbox.onDelivered((delivered_) => delivered.push(delivered_))
    const clientId = outbox.send('t1', 'سلام')
    expect(clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(outbox.snapshot().map((item) => item.status)).toEqual(['sending'])
    expect(sent[0]?.event).toBe('message:send')
    expect(sent[0]?.payload).toEqual({ threadId: 't1', content: 'سلام', clientId })

    sent[0]?.answer({ ok: true, data: { message: message(clientId, 'سلام'), duplicate: false } })
    await flushPromises()
    expect(outbox.snapshot()).toEqual([])
    expect(delivered).toEqual([message(clientId, 'سلام')])
    stop()
  })

  it('holds messages while offline and sends them, same id, once the connection is back', async () => {
    fakeSocket.connected = false
    const clientId = outbox.send('t1', 'آفلاین')
    expect(sent).toHaveLength(0)
    expect(outbox.snapshot()[0]?.status).toBe('pending')

    fakeSocket.connected = true
    for (const handler of handlers.get('connect') ?? []) handler()
    expect(sent).toHaveLength(1)
    expect(sent[0]?.payload.clientId).toBe(clientId)
  })

  it('a send without an answer is sent again with the same id after a reconnect', async () => {
    const clientId = outbox.send('t1', 'بی‌پاسخ')
    sent[0]?.fail(new Error('operation has timed out'))
    await flushPromises()
    expect(outbox.snapshot()[0]?.status).toBe('pending')
    for (const handler of handlers.get('connect') ?? []) handler()
    expect(sent.map((entry) => entry.payload.clientId)).toEqual([clientId, clientId])
  })

  it('a refused message fails with the reason; the retry button sends the same id again', async () => {
    const clientId = outbox.send('t1', 'بسته')
    sent[0]?.answer({ ok: false, error: { code: 'THREAD_CLOSED', message: 'closed' } })
    await flushPromises()
    expect(outbox.snapshot()[0]).toMatchObject({
      status: 'failed',
      error: { code: 'THREAD_CLOSED' },
    })
    // A reconnect does not resend a refused message by itself.
    for (const handler of handlers.get('connect') ?? []) handler()
    expect(sent).toHaveLength(1)

    outbox.retry(clientId)
    expect(sent.map((entry) => entry.payload.clientId)).toEqual([clientId, clientId])
  })

  it('never sends one person’s unsent messages as the next person', () => {
    fakeSocket.connected = false
    outbox.send('t1', 'از سارا')
    outbox.setAuthor('someone-else')
    expect(outbox.snapshot()).toEqual([])
  })
})
