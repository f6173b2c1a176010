import type { AddressInfo } from 'node:net'
import type { Socket as ServerSocket } from 'socket.io'
import { io as connectClient, type Socket } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../test/test-app.ts'
import { onAuthenticatedSocket, type SocketData } from './socket-auth.ts'

let t: TestApp
let origin: string
const open = new Set<Socket>()
const authenticated: string[] = []

beforeAll(async () => {
  t = await createTestApp({ env: { SOCKET_AUTHENTICATE_TIMEOUT_MS: '600' } })
  onAuthenticatedSocket(t.app.io, (socket, auth) => {
    authenticated.push(auth.userId)
    // A test-only event, outside the shared event maps the server is typed with.
    ;(socket as unknown as ServerSocket).on('whoami', (ack: (answer: unknown) => void) =>
      ack((socket.data as SocketData).auth.userId),
    )
  })
  await t.app.listen({ host: '127.0.0.1', port: 0 })
  origin = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`
})
afterEach(() => {
  for (const socket of open) socket.disconnect()
  open.clear()
})
afterAll(() => t.close())

interface ClientOptions {
  auth?: Record<string, string>
  query?: Record<string, string>
  cookie?: string
  headers?: Record<string, string>
}

/** Resolves with the socket once connected, or with the connect_error message. */
function connect(options: ClientOptions = {}): Promise<{ socket: Socket; error?: string }> {
  const socket = connectClient(origin, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    auth: options.auth ?? {},
    query: options.query,
    extraHeaders: { ...options.headers, ...(options.cookie ? { cookie: options.cookie } : {}) },
  })
  open.add(socket)
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }))
    socket.once('connect_error', (error) => resolve({ socket, error: error.message }))
  })
}

const disconnected = (socket: Socket) =>
  new Promise<string>((resolve) => {
    if (!socket.connected) resolve('already')
    socket.once('disconnect', (reason) => resolve(reason))
  })

const emitWithAck = (socket: Socket, event: string, ...args: unknown[]) =>
  socket.timeout(5_000).emitWithAck(event, ...args)

describe('handshake', () => {
  it('admits a valid token (auth.token or the cookie) and joins the user and session rooms', async () => {
    const user = await createSignedInUser(t, 'patient')
    const viaAuth = await connect({ auth: { token: user.token } })
    const viaCookie = await connect({ cookie: `yy_session=${user.token}` })
    expect(viaAuth.error).toBeUndefined()
    expect(viaCookie.error).toBeUndefined()
    expect(await emitWithAck(viaAuth.socket, 'whoami')).toBe(user.id)
    // This instance's own rooms (fetchSockets would also ask other instances through Redis).
    const rooms = t.app.io.of('/').adapter.rooms
    expect(rooms.get(`session:${user.sessionId}`)?.size).toBe(2)
    expect(rooms.get(`user:${user.id}`)?.size).toBe(2)
  })

  it('refuses a foreign, garbage or revoked token', async () => {
    const user = await createSignedInUser(t, 'patient')
    expect((await connect({ auth: { token: 'x'.repeat(43) } })).error).toBe('UNAUTHENTICATED')
    expect((await connect({ auth: { token: 'not a token' } })).error).toBe('UNAUTHENTICATED')
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user.headers })
    expect((await connect({ auth: { token: user.token } })).error).toBe('UNAUTHENTICATED')
  })

  it('never reads the token from the query string', async () => {
    const user = await createSignedInUser(t, 'patient')
    const headers = { 'accept-language': 'en' }
    const { socket, error } = await connect({ query: { token: user.token }, headers })
    expect(error).toBeUndefined()
    expect(await emitWithAck(socket, 'whoami')).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Please sign in.' },
    })
    // The refusal is worded like every other error: in Persian unless the client asks otherwise.
    const persian = await connect({ query: { token: user.token } })
    expect(await emitWithAck(persian.socket, 'whoami')).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'لطفاً وارد شوید.' },
    })
  })
})

describe('the authenticate event', () => {
  it('authenticates a socket that connected without a token', async () => {
    const user = await createSignedInUser(t, 'psychologist')
    const { socket } = await connect()
    expect((await emitWithAck(socket, 'whoami')) as { ok: boolean }).toMatchObject({ ok: false })
    const answer = await emitWithAck(socket, 'authenticate', user.token)
    expect(answer).toEqual({ ok: true, data: { userId: user.id } })
    expect(await emitWithAck(socket, 'whoami')).toBe(user.id)
    expect(authenticated).toContain(user.id)
  })

  it('disconnects on a bad token', async () => {
    const { socket } = await connect()
    const gone = disconnected(socket)
    const answer = await emitWithAck(socket, 'authenticate', { token: 'y'.repeat(43) })
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await gone).toBe('io server disconnect')
  })

  it('disconnects a socket that never authenticates', async () => {
    const { socket } = await connect()
    expect(await disconnected(socket)).toBe('io server disconnect')
  })
})

describe('revocation', () => {
  it("disconnects a revoked session's sockets, and only those", async () => {
    const user = await createSignedInUser(t, 'patient')
    const other = await createSignedInUser(t, 'patient')
    const mine = (await connect({ auth: { token: user.token } })).socket
    const theirs = (await connect({ auth: { token: other.token } })).socket
    const gone = disconnected(mine)
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user.headers })
    expect(await gone).toBe('io server disconnect')
    expect(theirs.connected).toBe(true)
  })

  it('disconnects every socket of a deactivated user', async () => {
    const admin = await createSignedInUser(t, 'admin')
    const user: SignedInUser = await createSignedInUser(t, 'patient')
    const { socket } = await connect()
    await emitWithAck(socket, 'authenticate', user.token)
    const gone = disconnected(socket)
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/deactivate`,
      headers: admin.headers,
      payload: { reason: 'Test deactivation' },
    })
    expect(await gone).toBe('io server disconnect')
  })
})
