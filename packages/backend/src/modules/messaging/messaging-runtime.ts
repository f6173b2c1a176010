import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Server } from 'socket.io'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import {
  memoryPresenceStore,
  type PresenceStore,
  redisPresenceStore,
} from '../../realtime/presence-store.ts'
import { createSendLimiter, type SendLimiter } from './send-rate-limit.ts'

/** What messaging services need beyond the database: sockets, jobs, presence and limits. */
export interface MessagingRuntime {
  db: Db
  io: Server
  jobs?: JobQueue
  presence: PresenceStore
  sendLimiter: SendLimiter
  log: FastifyBaseLogger
}

// One per app (keyed by its Socket.IO server), shared by the routes and the socket handlers.
const runtimes = new WeakMap<Server, MessagingRuntime>()

export function messagingRuntimeOf(app: FastifyInstance): MessagingRuntime {
  const existing = runtimes.get(app.io)
  if (existing) return existing
  const runtime: MessagingRuntime = {
    db: app.database.db,
    io: app.io,
    jobs: app.jobs,
    presence: app.redis
      ? redisPresenceStore(app.redis, app.config.redisKeyPrefix)
      : memoryPresenceStore(),
    sendLimiter: createSendLimiter(app.redis, app.config.messaging.sendLimit),
    log: app.log,
  }
  runtimes.set(app.io, runtime)
  app.addHook('onClose', () => runtime.presence.close())
  return runtime
}
