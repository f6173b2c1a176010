import type { FastifyInstance } from 'fastify'
import type { NotificationDeliveryConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { PersonPageCache } from '../../lib/person-page-cache.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { type ChannelSetup, channelSetupOf } from './channels/channel-senders.ts'

interface Log {
  error(object: object, message: string): void
  warn(object: object, message: string): void
}

/** What the engine needs; tests build their own (their queue, a recording sender, a clock). */
export interface NotificationDeps {
  db: Db
  io: AppServer
  jobs: JobQueue | undefined
  channels: ChannelSetup
  delivery: NotificationDeliveryConfig
  log: Log
  /** The engine's clock: quiet hours, due times and leases are read on it. */
  now: () => Date
  /**
   * Each person's first page of notifications, per language (notification.service.ts). Deps a
   * test builds from the app's share the app's cache, so what they write drops the app's pages.
   */
  listCache: PersonPageCache
}

// One per app (keyed by its Socket.IO server): the routes, the workers and test harnesses that
// start from the app's deps drop and read the same cached pages.
const depsByApp = new WeakMap<AppServer, NotificationDeps>()

export function notificationDepsOf(app: FastifyInstance): NotificationDeps {
  const existing = depsByApp.get(app.io)
  if (existing) return existing
  const deps: NotificationDeps = {
    db: app.database.db,
    io: app.io,
    jobs: app.jobs,
    channels: channelSetupOf(app),
    delivery: app.config.notificationDelivery,
    log: app.log,
    now: () => new Date(),
    listCache: new PersonPageCache({
      name: 'notification-list',
      ttlMs: app.config.notificationList.cacheMs,
      redis: app.redis,
      keyPrefix: app.config.redisKeyPrefix,
    }),
  }
  depsByApp.set(app.io, deps)
  app.addHook('onClose', async () => deps.listCache.close())
  return deps
}
