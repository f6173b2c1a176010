import { createAdapter } from '@socket.io/redis-streams-adapter'
import type { Redis } from 'ioredis'
import { Server } from 'socket.io'
import type { Config } from '../config/config.ts'

export interface SocketServerOptions {
  config: Pick<Config, 'corsOrigins' | 'publicUrl' | 'redisKeyPrefix'>
  redis?: Redis
}

/**
 * Socket.IO on /socket.io. With Redis, rooms span instances through the Redis Streams
 * adapter, which keeps packets across short Redis outages; connection-state recovery lets a
 * client that dropped briefly receive what it missed.
 */
export function createSocketServer({ config, redis }: SocketServerOptions): Server {
  const allowedOrigins = new Set([config.publicUrl, ...config.corsOrigins])
  return new Server({
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
