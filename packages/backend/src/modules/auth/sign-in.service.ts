import { maskIdentifier } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { createSession } from '../sessions/session.service.ts'
import { endSessions } from '../sessions/session-revocation.ts'
import { type Account, recordSignIn } from '../users/accounts.service.ts'
import { findUserView, type UserView } from '../users/user-view.ts'
import type { AuthDeps } from './auth-deps.ts'

export interface SignInContext {
  meta: RequestMeta
  /** The session the request already carried, if any: it ends, the new one replaces it. */
  previous: AuthContext | null
}

export interface SignInResult {
  user: UserView
  session: { id: string; expiresAt: string }
  token: string
  isNewUser: boolean
}

/**
 * The last step of every sign-in: a brand-new token (never one the client brought, so a planted
 * cookie cannot become a session), the previous session of this browser ended, last_login_at and
 * an audit row written.
 */
export async function completeSignIn(
  deps: AuthDeps,
  account: Account,
  ctx: SignInContext & { isNewUser: boolean; method: string },
): Promise<SignInResult> {
  if (!account.isActive) throw new AppError('ACCOUNT_INACTIVE', 'deactivated account')
  if (ctx.previous) {
    await endSessions(deps, ctx.previous.userId, { only: ctx.previous.sessionId })
  }
  const session = await createSession(deps.db, deps.config.sessions, {
    userId: account.id,
    userType: account.type,
    metadata: { ip: ctx.meta.ip, userAgent: ctx.meta.userAgent?.slice(0, 300) ?? null },
  })
  await recordSignIn(deps.db, account.id)
  await recordAudit(deps.db, {
    userId: account.id,
    action: 'auth.signed_in',
    resource: 'session',
    resourceId: session.sessionId,
    changes: { method: ctx.method, isNewUser: ctx.isNewUser },
    ip: ctx.meta.ip,
    userAgent: ctx.meta.userAgent,
  })
  const user = await findUserView(deps.db, account.id)
  if (!user) throw new Error('signed-in user vanished')
  return {
    user,
    session: { id: session.sessionId, expiresAt: session.expiresAt.toISOString() },
    token: session.token,
    isNewUser: ctx.isNewUser,
  }
}

export function auditFailedSignIn(
  deps: AuthDeps,
  input: { identifier: string; userId?: string; reason: string; meta: RequestMeta },
) {
  return recordAudit(deps.db, {
    userId: input.userId ?? null,
    action: 'auth.sign_in_failed',
    resource: 'session',
    changes: { identifier: maskIdentifier(input.identifier), reason: input.reason },
    ip: input.meta.ip,
    userAgent: input.meta.userAgent,
  })
}
