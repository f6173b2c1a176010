import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { type SafetyDeps, safetyDepsOf } from '../safety/safety-deps.ts'

/** What the assessment services need. */
export interface AssessmentDeps {
  db: Db
  /** Notifies a patient of an assignment; without a queue (some tests) nobody is told. */
  jobs: JobQueue | undefined
  log: FastifyBaseLogger
  safety: SafetyDeps
}

export function assessmentDepsOf(app: FastifyInstance): AssessmentDeps {
  return { db: app.database.db, jobs: app.jobs, log: app.log, safety: safetyDepsOf(app) }
}
