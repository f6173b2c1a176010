import type { FastifyInstance } from 'fastify'
import type { NotificationDeliveryConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
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
}

export function notificationDepsOf(app: FastifyInstance): NotificationDeps {
  return {
    db: app.database.db,
    io: app.io,
    jobs: app.jobs,
    channels: channelSetupOf(app),
    delivery: app.config.notificationDelivery,
    log: app.log,
    now: () => new Date(),
  }
}
