import type { FastifyInstance } from 'fastify'
import type { AuthContext } from '../lib/auth-context.ts'
import { readCookie } from '../lib/cookies.ts'
import { localeOf } from '../lib/locale.ts'
import { ackFailure } from './socket-ack.ts'
import type { AppServer, AppSocket } from './socket-server.ts'

export type { SocketData } from './socket-server.ts'

export const userRoom = (userId: string) => `user:${userId}`
export const sessionRoom = (sessionId: string) => `session:${sessionId}`

const SESSION_COOKIE = 'yy_session'

type AuthenticatedHandler = (socket: AppSocket, auth: AuthContext) => void
const handlersByServer = new WeakMap<AppServer, AuthenticatedHandler[]>()

/**
 * Runs `handler` once per socket as soon as it is authenticated: at connection for a handshake
 * token or cookie, later for the seed's `authenticate` event. Features use this instead of
 * io.on('connection'), where a socket may still be anonymous.
 */
export function onAuthenticatedSocket(io: AppServer, handler: AuthenticatedHandler): void {
  const handlers = handlersByServer.get(io) ?? []
  handlers.push(handler)
  handlersByServer.set(io, handlers)
}

/** Handshake `auth.token`, else the session cookie. Never the query string (URLs get logged). */
function handshakeToken(socket: AppSocket): string | undefined {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token
  if (typeof fromAuth === 'string') return fromAuth
  return readCookie(socket.handshake.headers.cookie, SESSION_COOKIE)
}

const unauthenticated = () =>
  Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } })

async function admit(io: AppServer, socket: AppSocket, auth: AuthContext): Promise<void> {
  socket.data.auth = auth
  await socket.join([userRoom(auth.userId), sessionRoom(auth.sessionId)])
  for (const handler of handlersByServer.get(io) ?? []) handler(socket, auth)
}

/**
 * Socket authentication with the same session token as HTTP. A handshake that carries a token
 * (handshake `auth.token` or the cookie) must be valid or the connection is refused. A handshake
 * without one is let in anonymous: until it sends `authenticate` with a valid token it can send
 * nothing else, joins no room, and is disconnected after SOCKET_AUTHENTICATE_TIMEOUT_MS (10 s). Every
 * authenticated socket joins its user's and its session's rooms, so revoking a session or
 * deactivating a user disconnects exactly their sockets.
 */
export function useSocketAuth(io: AppServer, app: FastifyInstance): void {
  io.use(async (socket, next) => {
    try {
      const token = handshakeToken(socket)
      if (token === undefined) return next()
      const auth = await app.identity.resolve(token)
      if (!auth || auth.totpSetupRequired) return next(unauthenticated())
      socket.data.auth = auth
      await socket.join([userRoom(auth.userId), sessionRoom(auth.sessionId)])
      next()
    } catch (error) {
      next(error as Error)
    }
  })
  io.on('connection', (socket) => {
    const auth = socket.data.auth
    if (auth) {
      for (const handler of handlersByServer.get(io) ?? []) handler(socket, auth)
    } else {
      awaitAuthenticateEvent(io, socket, app)
    }
  })
}

type Ack = (answer: unknown) => void

function awaitAuthenticateEvent(io: AppServer, socket: AppSocket, app: FastifyInstance): void {
  const locale = localeOf({ headers: socket.handshake.headers })
  const timeoutMs = app.config.identity.socketAuthenticateTimeoutMs
  const timer = setTimeout(() => socket.disconnect(true), timeoutMs)
  socket.once('disconnect', () => clearTimeout(timer))
  // Anonymous sockets reach no feature handler: every event but `authenticate` is dropped.
  socket.use((packet, next) => {
    if (socket.data.auth || packet[0] === 'authenticate') return next()
    const ack = packet.at(-1)
    if (typeof ack === 'function') (ack as Ack)(ackFailure('UNAUTHENTICATED', locale))
  })
  socket.on('authenticate', async (payload, ack) => {
    if (socket.data.auth) return ack?.({ ok: true, data: {} })
    const token =
      typeof payload === 'string' ? payload : (payload as { token?: unknown } | null)?.token
    const auth =
      typeof token === 'string' ? await app.identity.resolve(token).catch(() => null) : null
    if (!auth || auth.totpSetupRequired) {
      ack?.(ackFailure('UNAUTHENTICATED', locale))
      socket.disconnect(true)
      return
    }
    clearTimeout(timer)
    await admit(io, socket, auth)
    ack?.({ ok: true, data: { userId: auth.userId } })
  })
}
