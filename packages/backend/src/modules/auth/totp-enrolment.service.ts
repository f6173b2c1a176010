import { AppError } from '../../lib/app-error.ts'
import { type AuthContext, holdsStaffPower } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findAccountOf } from '../users/accounts.service.ts'
import type { AuthDeps } from './auth-deps.ts'
import {
  clearTotp,
  findMfa,
  markEnabled,
  replaceRecoveryCodes,
  setRequired,
  storePendingSecret,
} from './mfa.repository.ts'
import {
  openTotpSecret,
  proveSecondFactor,
  type SecondFactor,
  sealTotpSecret,
} from './second-factor.service.ts'
import { checkWithinSecondFactorLimit } from './second-factor-limit.ts'
import { createTotpSecret, generateRecoveryCodes, hashRecoveryCode, verifyTotp } from './totp.ts'

function audit(deps: AuthDeps, actorId: string, action: string, userId: string, meta: RequestMeta) {
  return recordAudit(deps.db, {
    userId: actorId,
    action,
    resource: 'user',
    resourceId: userId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

async function newRecoveryCodes(deps: AuthDeps, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes()
  await replaceRecoveryCodes(deps.db, userId, codes.map(hashRecoveryCode))
  return codes
}

/**
 * Step one of enrolment (anyone holding a staff permission): a new secret, stored encrypted and not yet
 * active. The secret is shown this once; it is never returned again.
 */
export async function startTotpSetup(deps: AuthDeps, auth: AuthContext) {
  if (!holdsStaffPower(auth)) throw new AppError('TOTP_NOT_AVAILABLE', 'staff only')
  if ((await findMfa(deps.db, auth.userId))?.totpEnabledAt) {
    throw new AppError('TOTP_ALREADY_ENABLED', 'already on')
  }
  const enrollment = createTotpSecret(`${auth.userType}-${auth.userId.slice(0, 8)}`)
  const sealed = sealTotpSecret(
    deps.config.identity.totpEncryptionKey,
    auth.userId,
    enrollment.secret,
  )
  await storePendingSecret(deps.db, auth.userId, sealed)
  return enrollment
}

/** Step two: a code from the app proves it holds the secret; recovery codes are issued once. */
export async function enableTotp(
  deps: AuthDeps,
  auth: AuthContext,
  code: string,
  meta: RequestMeta,
) {
  const mfa = await findMfa(deps.db, auth.userId)
  if (mfa?.totpEnabledAt) throw new AppError('TOTP_ALREADY_ENABLED', 'already on')
  const key = deps.config.identity.totpEncryptionKey
  const secret = openTotpSecret(key, auth.userId, mfa?.totpSecretEncrypted ?? null)
  if (!secret) throw new AppError('TOTP_NOT_ENABLED', 'start setup first')
  let counter: number | null = null
  const proven = await checkWithinSecondFactorLimit(deps, auth.userId, meta, async () => {
    counter = verifyTotp(secret, code)
    return counter !== null
  })
  if (!proven || counter === null) throw new AppError('TOTP_INVALID', 'wrong code')
  await markEnabled(deps.db, auth.userId, counter)
  const recoveryCodes = await newRecoveryCodes(deps, auth.userId)
  await audit(deps, auth.userId, 'auth.totp_enabled', auth.userId, meta)
  // A session held to enrolment (TOTP_SETUP_REQUIRED) is released on its next request.
  await deps.invalidation.user(auth.userId)
  return { recoveryCodes }
}

async function requireProof(
  deps: AuthDeps,
  auth: AuthContext,
  proof: SecondFactor,
  meta: RequestMeta,
) {
  const mfa = await findMfa(deps.db, auth.userId)
  if (!mfa?.totpEnabledAt) throw new AppError('TOTP_NOT_ENABLED', 'not on')
  if (!(await proveSecondFactor(deps, auth.userId, proof, meta))) {
    throw new AppError('TOTP_INVALID', 'wrong code')
  }
  return mfa
}

/** Turning it off needs a current code; not allowed while an admin or the config requires it. */
export async function disableTotp(
  deps: AuthDeps,
  auth: AuthContext,
  proof: SecondFactor,
  meta: RequestMeta,
) {
  const mfa = await requireProof(deps, auth, proof, meta)
  if (mfa.totpRequired || (deps.config.sessions.requireStaffTotp && holdsStaffPower(auth))) {
    throw new AppError('FORBIDDEN', 'TOTP is required for this account')
  }
  await clearTotp(deps.db, auth.userId)
  await audit(deps, auth.userId, 'auth.totp_disabled', auth.userId, meta)
  await deps.invalidation.user(auth.userId)
}

export async function renewRecoveryCodes(
  deps: AuthDeps,
  auth: AuthContext,
  proof: SecondFactor,
  meta: RequestMeta,
) {
  await requireProof(deps, auth, proof, meta)
  const recoveryCodes = await newRecoveryCodes(deps, auth.userId)
  await audit(deps, auth.userId, 'auth.recovery_codes_renewed', auth.userId, meta)
  return { recoveryCodes }
}

async function requireAccount(deps: AuthDeps, userId: string) {
  if (!(await findAccountOf(deps.db, userId))) throw new AppError('NOT_FOUND', 'no such user')
}

/** Admin: require (or stop requiring) TOTP for one account; it applies from the next request. */
export async function setTotpRequirement(
  deps: AuthDeps,
  actor: AuthContext,
  userId: string,
  required: boolean,
  meta: RequestMeta,
) {
  await requireAccount(deps, userId)
  await setRequired(deps.db, userId, required)
  const action = required ? 'users.totp_required' : 'users.totp_not_required'
  await audit(deps, actor.userId, action, userId, meta)
  await deps.invalidation.user(userId)
}

/** Admin: a staff member lost both phone and recovery codes; they enrol again. */
export async function resetTotp(
  deps: AuthDeps,
  actor: AuthContext,
  userId: string,
  meta: RequestMeta,
) {
  await requireAccount(deps, userId)
  await clearTotp(deps.db, userId)
  await audit(deps, actor.userId, 'users.totp_reset', userId, meta)
  await deps.invalidation.user(userId)
}
