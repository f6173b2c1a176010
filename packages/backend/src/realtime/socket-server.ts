import { createAdapter } from '@socket.io/redis-streams-adapter'
import type {
  Ack,
  MessagingClientEvents,
  MessagingServerEvents,
  NotificationServerEvents,
  SafetyServerEvents,
} from '@yektayar/shared'
import type { Redis } from 'ioredis'
import { Server, type Socket } from 'socket.io'
import type { Config } from '../config/config.ts'
import type { AuthContext } from '../lib/auth-context.ts'

export interface SocketData {
  /** Set at handshake, or by the `authenticate` event; undefined until then. */
  auth: AuthContext
}

/** The seed's `authenticate` event: a socket that connected without a token signs in with it. */
interface SocketAuthEvents {
  authenticate: (
    payload: string | { token?: string },
    ack?: (answer: Ack<{ userId?: string }>) => void,
  ) => void
}

export type ClientToServerEvents = MessagingClientEvents & SocketAuthEvents

/** Every event the server emits: messaging's and notifications' (issue 15). */
export type ServerToClientEvents = MessagingServerEvents &
  NotificationServerEvents &
  SafetyServerEvents

/** Socket.IO typed with the shared event maps: an event name or payload off the contract fails typecheck. */
export type AppServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  Partial<SocketData>
>
export type AppSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  Partial<SocketData>
>

export interface SocketServerOptions {
  config: Pick<Config, 'corsOrigins' | 'publicUrl' | 'redisKeyPrefix'>
  redis?: Redis
}

/**
 * Socket.IO on /socket.io. With Redis, rooms span instances through the Redis Streams
 * adapter, which keeps packets across short Redis outages; connection-state recovery lets a
 * client that dropped briefly receive what it missed.
 */
export function createSocketServer({ config, redis }: SocketServerOptions): AppServer {
  const allowedOrigins = new Set([config.publicUrl, ...config.corsOrigins])
  return new Server<
    ClientToServerEvents,
    ServerToClientEvents,
    Record<string, never>,
    Partial<SocketData>
  >({
    path: '/socket.io',
    serveClient: false,
    cors: { origin: [...allowedOrigins], credentials: true },
    allowRequest: (request, callback) => {
      const origin = request.headers.origin
      // Browsers always send Origin; native and server clients may not, and carry a token instead.
      callback(null, origin === undefined || allowedOrigins.has(origin))
    },
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    ...(redis
      ? { adapter: createAdapter(redis, { streamName: `${config.redisKeyPrefix}socket.io` }) }
      : {}),
  })
}
