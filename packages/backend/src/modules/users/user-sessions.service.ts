import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { devicesOf } from '../sessions/device-view.ts'
import { listSessions } from '../sessions/session.service.ts'
import { endSessions } from '../sessions/session-revocation.ts'
import { findAccountById } from './users.repository.ts'
import type { UsersDeps } from './users-deps.ts'

async function requireAccount(deps: UsersDeps, userId: string) {
  if (!(await findAccountById(deps.db, userId))) throw new AppError('NOT_FOUND', 'no such user')
}

/** Someone's signed-in devices, for the admin's person page (no token ever leaves the server). */
export async function listUserDevices(deps: UsersDeps, viewer: AuthContext, userId: string) {
  await requireAccount(deps, userId)
  return { items: devicesOf(await listSessions(deps.db, userId), viewer.sessionId) }
}

/**
 * An admin signs someone out of one device (`sessionId`) or of all of them: revoked on the
 * server, dropped from every instance's cache, sockets closed, and audited on the person.
 */
export async function revokeUserDevices(
  deps: UsersDeps,
  actor: AuthContext,
  userId: string,
  scope: { only?: string },
  meta: RequestMeta,
) {
  await requireAccount(deps, userId)
  const ids = await endSessions(deps, userId, scope)
  if (scope.only && ids.length === 0) throw new AppError('NOT_FOUND', 'no such session')
  if (ids.length > 0) {
    await recordAudit(deps.db, {
      userId: actor.userId,
      action: 'users.sessions_revoked',
      resource: 'user',
      resourceId: userId,
      changes: { sessionIds: ids },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
  }
  return { revoked: ids.length }
}
