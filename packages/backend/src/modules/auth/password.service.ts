import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { endSessions } from '../sessions/session-revocation.ts'
import { findAccountOf, storePasswordHash } from '../users/accounts.service.ts'
import type { AuthDeps } from './auth-deps.ts'
import { enforcePasswordPolicy } from './otp-sign-in.service.ts'
import { hashPassword, verifyPassword } from './password-hasher.ts'

/**
 * Sets or changes the password. Changing one needs the current one (failures count toward the
 * same per-account limit as sign-in); every other session ends, since whoever knew the old
 * password may be holding one.
 */
export async function changePassword(
  deps: AuthDeps,
  auth: AuthContext,
  input: { currentPassword?: string; newPassword: string },
  meta: RequestMeta,
) {
  enforcePasswordPolicy(input.newPassword)
  const account = await findAccountOf(deps.db, auth.userId)
  if (!account) throw new AppError('UNAUTHENTICATED', 'account vanished')
  if (account.passwordHash) await checkCurrent(deps, auth.userId, account.passwordHash, input)
  await storePasswordHash(deps.db, auth.userId, await hashPassword(input.newPassword))
  const ended = await endSessions(deps, auth.userId, { except: auth.sessionId })
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'auth.password_changed',
    resource: 'user',
    resourceId: auth.userId,
    changes: { hadPassword: Boolean(account.passwordHash), sessionsEnded: ended.length },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

async function checkCurrent(
  deps: AuthDeps,
  userId: string,
  storedHash: string,
  input: { currentPassword?: string },
) {
  const { loginMaxFailures, loginLockMinutes } = deps.config.identity.limits
  const key = `password-change-failures:${userId}`
  const attempt = await deps.identity.counters.increment(key, loginLockMinutes * 60_000)
  if (attempt.count > loginMaxFailures) throw new AppError('ACCOUNT_LOCKED', 'too many failures')
  const valid =
    input.currentPassword !== undefined && (await verifyPassword(storedHash, input.currentPassword))
  if (!valid) throw new AppError('CURRENT_PASSWORD_INVALID', 'wrong current password')
  await deps.identity.counters.reset(key)
}
