import type { Db } from '../../db/database.ts'
import { sessionRoom, userRoom } from '../../realtime/socket-auth.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { revokeSessions } from './session.repository.ts'
import type { SessionInvalidation } from './session-invalidation.ts'

export interface RevocationDeps {
  db: Db
  invalidation: SessionInvalidation
  io: AppServer
}

/**
 * Revokes in the database, drops cached copies on every instance, and disconnects the sockets
 * those sessions opened: a revoked token stops working for HTTP and realtime alike.
 */
export async function endSessions(
  deps: RevocationDeps,
  userId: string,
  scope: { only?: string; except?: string },
): Promise<string[]> {
  const ids = await revokeSessions(deps.db, userId, scope)
  for (const id of ids) {
    await deps.invalidation.session(id)
    deps.io.in(sessionRoom(id)).disconnectSockets(true)
  }
  return ids
}

/** Deactivation: every session of the user ends and every socket of theirs is closed. */
export async function endUserAccess(deps: RevocationDeps, userId: string): Promise<void> {
  await revokeSessions(deps.db, userId, {})
  await deps.invalidation.user(userId)
  deps.io.in(userRoom(userId)).disconnectSockets(true)
}
