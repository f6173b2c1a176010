import { type ErrorCode, type Identifier, maskIdentifier } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { type Account, findAccount } from '../users/accounts.service.ts'
import type { AuthDeps } from './auth-deps.ts'
import { verifyPassword, verifyPasswordForUnknownUser } from './password-hasher.ts'
import { requireSecondFactor, type SecondFactor } from './second-factor.service.ts'
import { auditFailedSignIn, completeSignIn, type SignInContext } from './sign-in.service.ts'

export interface PasswordSignIn extends SecondFactor {
  identifier: Identifier
  password: string
}

/**
 * Password sign-in. Failures are counted per identifier (known or not, so the lock itself
 * reveals nothing) before the password is checked, so parallel guesses cannot exceed the limit.
 * Unknown identifiers and accounts without a password spend the same hashing time as a real
 * check and get the same INVALID_CREDENTIALS.
 */
export async function signInWithPassword(
  deps: AuthDeps,
  input: PasswordSignIn,
  ctx: SignInContext,
) {
  const counterKey = `login-failures:${input.identifier.type}:${input.identifier.value}`
  await countAttempt(deps, counterKey, input.identifier.value, ctx)
  const account = await findAccount(deps.db, input.identifier)
  const valid = account?.passwordHash
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyPasswordForUnknownUser(input.password)
  if (!valid || !account) {
    await fail(deps, input, account, 'INVALID_CREDENTIALS', ctx)
  } else if (account.isActive) {
    await requireSecondFactor(deps, account.id, input, ctx.meta).catch((error: AppError) =>
      error.code === 'TOTP_INVALID'
        ? fail(deps, input, account, error.code, ctx)
        : Promise.reject(error),
    )
  }
  await deps.identity.counters.reset(counterKey)
  return completeSignIn(deps, account as Account, { ...ctx, isNewUser: false, method: 'password' })
}

async function countAttempt(deps: AuthDeps, key: string, identifier: string, ctx: SignInContext) {
  const { loginMaxFailures, loginLockMinutes } = deps.config.identity.limits
  const attempt = await deps.identity.counters.increment(key, loginLockMinutes * 60_000)
  if (attempt.count <= loginMaxFailures) return
  if (attempt.count === loginMaxFailures + 1) {
    await recordAudit(deps.db, {
      action: 'auth.account_locked',
      resource: 'session',
      changes: { identifier: maskIdentifier(identifier) },
      ip: ctx.meta.ip,
      userAgent: ctx.meta.userAgent,
    })
  }
  const seconds = String(Math.max(1, Math.ceil(attempt.ttlMs / 1000)))
  throw new AppError('ACCOUNT_LOCKED', 'too many failures', { headers: { 'retry-after': seconds } })
}

async function fail(
  deps: AuthDeps,
  input: PasswordSignIn,
  account: Account | undefined,
  code: ErrorCode,
  ctx: SignInContext,
): Promise<never> {
  await auditFailedSignIn(deps, {
    identifier: input.identifier.value,
    userId: account?.id,
    reason: code,
    meta: ctx.meta,
  })
  throw new AppError(code, 'sign-in failed')
}
