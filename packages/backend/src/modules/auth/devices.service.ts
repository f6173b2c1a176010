import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { devicesOf } from '../sessions/device-view.ts'
import { listSessions } from '../sessions/session.service.ts'
import { endSessions } from '../sessions/session-revocation.ts'
import type { AuthDeps } from './auth-deps.ts'

function auditRevocation(
  deps: AuthDeps,
  auth: AuthContext,
  meta: RequestMeta,
  action: string,
  ids: string[],
) {
  return recordAudit(deps.db, {
    userId: auth.userId,
    action,
    resource: 'session',
    resourceId: ids.length === 1 ? ids[0] : undefined,
    changes: ids.length === 1 ? undefined : { sessionIds: ids },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

/** Sign-out: this session ends on the server (and its sockets close), not only in the browser. */
export async function signOut(deps: AuthDeps, auth: AuthContext, meta: RequestMeta) {
  const ids = await endSessions(deps, auth.userId, { only: auth.sessionId })
  await auditRevocation(deps, auth, meta, 'auth.signed_out', ids)
}

/** The signed-in person's live sessions, most recently used first. */
export async function listDevices(deps: AuthDeps, auth: AuthContext) {
  return { items: devicesOf(await listSessions(deps.db, auth.userId), auth.sessionId) }
}

/** Only one's own sessions: another person's session id answers like a missing one. */
export async function revokeDevice(
  deps: AuthDeps,
  auth: AuthContext,
  sessionId: string,
  meta: RequestMeta,
) {
  const ids = await endSessions(deps, auth.userId, { only: sessionId })
  if (ids.length === 0) throw new AppError('NOT_FOUND', 'no such session')
  await auditRevocation(deps, auth, meta, 'auth.session_revoked', ids)
}

export async function revokeOtherDevices(deps: AuthDeps, auth: AuthContext, meta: RequestMeta) {
  const ids = await endSessions(deps, auth.userId, { except: auth.sessionId })
  if (ids.length > 0) await auditRevocation(deps, auth, meta, 'auth.session_revoked', ids)
  return { revoked: ids.length }
}

/** "Sign out everywhere": every session of the account ends, this one included. */
export async function signOutEverywhere(deps: AuthDeps, auth: AuthContext, meta: RequestMeta) {
  const ids = await endSessions(deps, auth.userId, {})
  await auditRevocation(deps, auth, meta, 'auth.signed_out_everywhere', ids)
  return { revoked: ids.length }
}
