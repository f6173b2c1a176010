import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { Identity } from '../../plugins/identity.ts'
import type { AppServer } from '../../realtime/socket-server.ts'

/** What the identity services need from the application, built once per route plugin. */
export interface AuthDeps {
  db: Db
  config: Config
  identity: Identity
  invalidation: Identity['invalidation']
  io: AppServer
  log: FastifyBaseLogger
}

export function authDepsOf(app: FastifyInstance): AuthDeps {
  return {
    db: app.database.db,
    config: app.config,
    identity: app.identity,
    invalidation: app.identity.invalidation,
    io: app.io,
    log: app.log,
  }
}
