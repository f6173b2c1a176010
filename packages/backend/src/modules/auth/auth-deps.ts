import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import type { Server } from 'socket.io'
import type { Config } from '../../config/config.ts'
import type { Db } from '../../db/database.ts'
import type { Identity } from '../../plugins/identity.ts'

/** What the identity services need from the application, built once per route plugin. */
export interface AuthDeps {
  db: Db
  config: Config
  identity: Identity
  invalidation: Identity['invalidation']
  io: Server
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
