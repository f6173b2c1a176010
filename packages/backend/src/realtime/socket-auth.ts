import type { FastifyInstance } from 'fastify'
import type { Server, Socket } from 'socket.io'
import type { AuthContext } from '../modules/sessions/auth-context.ts'
import { resolveSession } from '../modules/sessions/session.service.ts'
import { SESSION_COOKIE } from '../plugins/authenticate.ts'

export interface SocketData {
  auth: AuthContext
}

export const userRoom = (userId: string) => `user:${userId}`
export const sessionRoom = (sessionId: string) => `session:${sessionId}`

function handshakeToken(socket: Socket): string | undefined {
  const fromAuth = (socket.handshake.auth as { token?: unknown } | undefined)?.token
  if (typeof fromAuth === 'string') return fromAuth
  const cookie = socket.handshake.headers.cookie
  const match = cookie?.split(';').find((part) => part.trim().startsWith(`${SESSION_COOKIE}=`))
  return match ? decodeURIComponent(match.trim().slice(SESSION_COOKIE.length + 1)) : undefined
}

/**
 * Handshake authentication with the same session token as HTTP (handshake `auth.token` or the
 * session cookie). Each socket joins its user's and its session's rooms, so a revoked session's
 * sockets can be disconnected by room.
 */
export function useSocketAuth(io: Server, app: FastifyInstance): void {
  io.use(async (socket, next) => {
    try {
      const token = handshakeToken(socket)
      const auth = token ? await resolveSession(app.database.db, app.config.sessions, token) : null
      if (!auth)
        return next(
          Object.assign(new Error('UNAUTHENTICATED'), { data: { code: 'UNAUTHENTICATED' } }),
        )
      ;(socket.data as SocketData).auth = auth
      await socket.join([userRoom(auth.userId), sessionRoom(auth.sessionId)])
      next()
    } catch (error) {
      next(error as Error)
    }
  })
}
