import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { CareConfig } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'
import { liveCareConfig } from './live-care-config.ts'

/** What the appointment services need from the app; tests build it the same way. */
export interface CareDeps {
  db: Db
  jobs: JobQueue | undefined
  /** Read at each use: some of it follows the admins' dynamic configuration (live-care-config.ts). */
  care: CareConfig
  /** The platform-wide cap on how far ahead anyone may book (care.maxBookingHorizonDays). */
  maxBookingHorizonDays: () => number
  log: Pick<FastifyBaseLogger, 'error' | 'info'>
}

export function careDepsOf(app: FastifyInstance): CareDeps {
  const dynamic = dynamicConfigOf(app)
  return {
    db: app.database.db,
    jobs: app.jobs,
    care: liveCareConfig(app.config.care, dynamic),
    maxBookingHorizonDays: () => dynamic.get('care.maxBookingHorizonDays'),
    log: app.log,
  }
}
