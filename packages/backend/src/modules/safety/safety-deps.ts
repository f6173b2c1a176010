import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { dynamicConfigOf } from '../config/config-deps.ts'

/** What the safety services need: the database, sockets to reach responders, jobs to escalate. */
export interface SafetyDeps {
  db: Db
  io: AppServer
  jobs?: JobQueue
  log: FastifyBaseLogger
  /**
   * An alert nobody acknowledges within this time goes to the next on-call and to admins: the
   * admins' dynamic configuration (safety.escalateAfterSeconds), read as each check is queued.
   */
  escalateAfterMs: () => number
}

const depsByApp = new WeakMap<AppServer, SafetyDeps>()

export function safetyDepsOf(app: FastifyInstance): SafetyDeps {
  const existing = depsByApp.get(app.io)
  if (existing) return existing
  const dynamic = dynamicConfigOf(app)
  const deps: SafetyDeps = {
    db: app.database.db,
    io: app.io,
    jobs: app.jobs,
    log: app.log,
    escalateAfterMs: () => dynamic.get('safety.escalateAfterSeconds') * 1000,
  }
  depsByApp.set(app.io, deps)
  return deps
}
