import { AppError } from '../../lib/app-error.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import type { AuthDeps } from './auth-deps.ts'

/**
 * A 6-digit code has a million values and a valid window of about three; without a limit a
 * stolen session could switch the second factor off by guessing. Five wrong codes per account
 * lock every TOTP and recovery-code check of that account for fifteen minutes, wherever the
 * code is entered (sign-in, enrolment, turning it off, new recovery codes).
 */
const MAX_WRONG_CODES = 5
const LOCK_MS = 15 * 60_000

export type SecondFactorLimitDeps = Pick<AuthDeps, 'db' | 'identity'>

async function audit(
  deps: SecondFactorLimitDeps,
  userId: string,
  action: string,
  meta: RequestMeta,
) {
  await recordAudit(deps.db, {
    userId,
    action,
    resource: 'user',
    resourceId: userId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

/**
 * Runs one code check under the account's limit. Each check counts before it runs, so parallel
 * guesses cannot pass the limit; a right code clears the count. Past the limit even a right code
 * is refused until the window ends (429 TOTP_LOCKED with Retry-After), and the lock is audited.
 */
export async function checkWithinSecondFactorLimit(
  deps: SecondFactorLimitDeps,
  userId: string,
  meta: RequestMeta,
  check: () => Promise<boolean>,
): Promise<boolean> {
  const key = `second-factor-tries:${userId}`
  const attempt = await deps.identity.counters.increment(key, LOCK_MS)
  if (attempt.count > MAX_WRONG_CODES) {
    if (attempt.count === MAX_WRONG_CODES + 1) await audit(deps, userId, 'auth.totp_locked', meta)
    const seconds = String(Math.max(1, Math.ceil(attempt.ttlMs / 1000)))
    throw new AppError('TOTP_LOCKED', 'too many wrong codes', {
      headers: { 'retry-after': seconds },
    })
  }
  const passed = await check()
  if (passed) await deps.identity.counters.reset(key)
  else await audit(deps, userId, 'auth.totp_failed', meta)
  return passed
}
