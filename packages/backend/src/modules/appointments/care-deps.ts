import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { CareConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'

/** What the appointment services need from the app; tests build it the same way. */
export interface CareDeps {
  db: Db
  jobs: JobQueue | undefined
  care: CareConfig
  log: Pick<FastifyBaseLogger, 'error' | 'info'>
}

export function careDepsOf(app: FastifyInstance): CareDeps {
  return { db: app.database.db, jobs: app.jobs, care: app.config.care, log: app.log }
}
