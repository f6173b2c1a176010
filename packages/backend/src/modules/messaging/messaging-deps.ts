import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { PersonPageCache } from '../../lib/person-page-cache.ts'
import {
  memoryPresenceStore,
  type PresenceStore,
  redisPresenceStore,
} from '../../realtime/presence-store.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { type SafetyDeps, safetyDepsOf } from '../safety/safety-deps.ts'
import { createSendLimiter, type SendLimiter } from './send-rate-limit.ts'

/** What messaging services need beyond the database: sockets, jobs, presence and limits. */
export interface MessagingDeps {
  db: Db
  io: AppServer
  jobs?: JobQueue
  presence: PresenceStore
  sendLimiter: SendLimiter
  log: FastifyBaseLogger
  /** Work started after a response (digest jobs), awaited before the app closes. */
  pending: Set<Promise<unknown>>
  /** Each person's first page of threads (thread.service.ts listMyThreadsJson). */
  threadLists: PersonPageCache
  /** Every patient message goes through the safety module (DESIGN §11). */
  safety: SafetyDeps
}

// One per app (keyed by its Socket.IO server), shared by the routes and the socket handlers.
const runtimes = new WeakMap<AppServer, MessagingDeps>()

export function messagingDepsOf(app: FastifyInstance): MessagingDeps {
  const existing = runtimes.get(app.io)
  if (existing) return existing
  const runtime: MessagingDeps = {
    db: app.database.db,
    io: app.io,
    jobs: app.jobs,
    presence: app.redis
      ? redisPresenceStore(app.redis, app.config.redisKeyPrefix)
      : memoryPresenceStore(),
    sendLimiter: createSendLimiter(app.redis, app.config.messaging.sendLimit),
    log: app.log,
    pending: new Set(),
    safety: safetyDepsOf(app),
    threadLists: new PersonPageCache({
      name: 'thread-list',
      ttlMs: app.config.messaging.threadListCacheMs,
      redis: app.redis,
      keyPrefix: app.config.redisKeyPrefix,
    }),
  }
  runtimes.set(app.io, runtime)
  app.addHook('onClose', async () => {
    // The database closes after the app: let queued digest jobs reach it first.
    await Promise.allSettled([...runtime.pending])
    await runtime.presence.close()
    runtime.threadLists.close()
  })
  return runtime
}

/** Runs `task` without holding up the caller, but not past the app's shutdown. */
export function inBackground(runtime: MessagingDeps, task: Promise<unknown>): void {
  const tracked = task.catch((error: unknown) => {
    runtime.log.error({ err: error }, 'messaging background task failed')
  })
  runtime.pending.add(tracked)
  void tracked.finally(() => runtime.pending.delete(tracked))
}
