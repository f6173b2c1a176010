import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../../db/database.ts'
import type { JobQueue } from '../../../jobs/job-queue.ts'

/** What the announcement and delivery-log services need; tests build it the same way. */
export interface NotificationAdminDeps {
  db: Db
  jobs: JobQueue | undefined
  log: Pick<FastifyBaseLogger, 'error' | 'info'>
}

export function notificationAdminDepsOf(app: FastifyInstance): NotificationAdminDeps {
  return { db: app.database.db, jobs: app.jobs, log: app.log }
}
