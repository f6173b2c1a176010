import type { Identifier } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import { createPatientAccount, findAccount } from '../users/accounts.service.ts'
import type { AuthDeps } from './auth-deps.ts'
import { checkOtp, consumeOtp } from './otp.service.ts'
import { hashPassword } from './password-hasher.ts'
import { checkPasswordPolicy } from './password-policy.ts'
import { requireSecondFactor, type SecondFactor } from './second-factor.service.ts'
import { auditFailedSignIn, completeSignIn, type SignInContext } from './sign-in.service.ts'

export interface OtpSignIn extends SecondFactor {
  identifier: Identifier
  code: string
}

/**
 * verify-otp (and login with a code): the code proves the identifier. A known account signs in
 * (after its second factor, if it has one); an unknown identifier becomes a new patient. The
 * code is spent only once everything else has passed, so TOTP_REQUIRED can be answered and the
 * same code sent again with the authenticator code.
 */
export async function signInWithOtp(deps: AuthDeps, input: OtpSignIn, ctx: SignInContext) {
  const challengeId = await checkOtpAudited(deps, input, ctx)
  const existing = await findAccount(deps.db, input.identifier)
  if (existing?.isActive) {
    await requireSecondFactor(deps, existing.id, input, ctx.meta)
  }
  await consumeOtp(deps.db, challengeId)
  const account =
    existing ?? (await createPatientAccount(deps.db, { identifier: input.identifier }))
  return completeSignIn(deps, account, { ...ctx, isNewUser: !existing, method: 'otp' })
}

export interface Registration {
  identifier: Identifier
  code: string
  password?: string
  profile?: { firstName?: string; lastName?: string }
}

/** A new patient with an optional password; an identifier that has an account is IDENTIFIER_TAKEN. */
export async function register(deps: AuthDeps, input: Registration, ctx: SignInContext) {
  if (input.password !== undefined) enforcePasswordPolicy(input.password)
  const challengeId = await checkOtpAudited(deps, input, ctx)
  // Only now, with the identifier proven, may the answer say that it is taken.
  if (await findAccount(deps.db, input.identifier)) {
    throw new AppError('IDENTIFIER_TAKEN', 'identifier has an account')
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined
  await consumeOtp(deps.db, challengeId)
  const account = await createPatientAccount(deps.db, {
    identifier: input.identifier,
    profile: input.profile,
    passwordHash,
  })
  return completeSignIn(deps, account, { ...ctx, isNewUser: true, method: 'register' })
}

export function enforcePasswordPolicy(password: string): void {
  const verdict = checkPasswordPolicy(password)
  if (!verdict.ok) throw new AppError(verdict.code, 'password policy')
}

async function checkOtpAudited(
  deps: AuthDeps,
  input: { identifier: Identifier; code: string },
  ctx: SignInContext,
): Promise<string> {
  try {
    return await checkOtp(deps, { ...input, purpose: 'sign-in' }, ctx.meta)
  } catch (error) {
    const reason = error instanceof AppError ? error.code : 'error'
    await auditFailedSignIn(deps, { identifier: input.identifier.value, reason, meta: ctx.meta })
    throw error
  }
}
