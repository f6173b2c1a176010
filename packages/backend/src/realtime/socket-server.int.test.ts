import { io, type Socket } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.ts'

const PARTNER = 'https://partner.example'

let testApp: TestApp
let origin: string
const clients: Socket[] = []

beforeAll(async () => {
  testApp = await createTestApp({ env: { CORS_ORIGINS: PARTNER } })
  origin = await testApp.app.listen({ host: '127.0.0.1', port: 0 })
})

afterEach(() => {
  for (const client of clients.splice(0)) client.close()
})

afterAll(async () => {
  await testApp?.close()
})

/** A real socket.io-client, as a browser on `pageOrigin` (or a native app, without one). */
function connect(pageOrigin?: string, transport: 'polling' | 'websocket' = 'polling') {
  const client = io(origin, {
    path: '/socket.io',
    transports: [transport],
    reconnection: false,
    forceNew: true,
    extraHeaders: pageOrigin ? { origin: pageOrigin } : {},
  })
  clients.push(client)
  return new Promise<'connected' | 'refused'>((resolve) => {
    client.once('connect', () => resolve('connected'))
    client.once('connect_error', () => resolve('refused'))
  })
}

describe('Socket.IO at /socket.io', () => {
  it('accepts a client from our own origin, over polling and WebSocket', async () => {
    const own = testApp.config.publicUrl
    expect(await connect(own, 'polling')).toBe('connected')
    expect(await connect(own, 'websocket')).toBe('connected')
  })

  it('accepts an origin on CORS_ORIGINS, and native clients that send no Origin', async () => {
    expect(await connect(PARTNER)).toBe('connected')
    expect(await connect(undefined, 'websocket')).toBe('connected')
  })

  it('refuses a page from any other origin', async () => {
    expect(await connect('https://evil.example', 'polling')).toBe('refused')
    expect(await connect('https://evil.example', 'websocket')).toBe('refused')
  })

  it('refuses the handshake itself with 403, before any event handler runs', async () => {
    const handshake = (pageOrigin: string) =>
      fetch(`${origin}/socket.io/?EIO=4&transport=polling`, { headers: { origin: pageOrigin } })
    const foreign = await handshake('https://evil.example')
    expect(foreign.status).toBe(403)
    await foreign.body?.cancel()
    const own = await handshake(testApp.config.publicUrl)
    expect(own.status).toBe(200)
    expect(own.headers.get('access-control-allow-origin')).toBe(testApp.config.publicUrl)
    await own.body?.cancel()
  })
})
