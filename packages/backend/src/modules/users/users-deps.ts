import type { FastifyInstance } from 'fastify'
import type { RevocationDeps } from '../sessions/session-revocation.ts'

/** What the users services need: the database, and ending a deactivated account's sessions. */
export type UsersDeps = RevocationDeps

export function usersDepsOf(app: FastifyInstance): UsersDeps {
  return { db: app.database.db, invalidation: app.identity.invalidation, io: app.io }
}
