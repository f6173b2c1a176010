import type { Identifier } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { addVerifiedIdentifier, isIdentifierRegistered } from '../users/users.service.ts'
import type { UsersDeps } from '../users/users-deps.ts'
import type { AuthDeps } from './auth-deps.ts'
import { checkOtp, consumeOtp } from './otp.service.ts'

/**
 * Adds a phone or email after its code (sent with purpose add-identifier, bound to this account)
 * is verified. Only then may the answer reveal that another account owns it.
 */
export async function addIdentifier(
  deps: { auth: AuthDeps; users: UsersDeps },
  auth: AuthContext,
  input: { identifier: Identifier; code: string },
  meta: RequestMeta,
) {
  const check = { ...input, purpose: 'add-identifier' as const, userId: auth.userId }
  const challengeId = await checkOtp(deps.auth, check, meta)
  if (await isIdentifierRegistered(deps.users, input.identifier)) {
    throw new AppError('IDENTIFIER_TAKEN', 'identifier has an account')
  }
  await consumeOtp(deps.auth.db, challengeId)
  return addVerifiedIdentifier(deps.users, auth, input.identifier, meta)
}
