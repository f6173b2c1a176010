import { type Identifier, maskIdentifier, type UpdateMeBody } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import type { AuthDeps } from '../auth/auth-deps.ts'
import { checkOtp, consumeOtp } from '../auth/otp.service.ts'
import type { AuthContext } from '../sessions/auth-context.ts'
import { findUserView, type UserView } from './user-view.ts'
import {
  deleteIdentifier,
  ensurePrimaryIdentifier,
  findAccountByIdentifier,
  findIdentifiersOf,
  insertIdentifier,
  lockUser,
  patchUserJson,
} from './users.repository.ts'

function auditSelf(
  deps: AuthDeps,
  auth: AuthContext,
  action: string,
  changes: unknown,
  meta: RequestMeta,
) {
  return recordAudit(deps.db, {
    userId: auth.userId,
    action,
    resource: 'user',
    resourceId: auth.userId,
    changes,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
}

export async function getMe(deps: AuthDeps, auth: AuthContext): Promise<UserView> {
  const user = await findUserView(deps.db, auth.userId)
  if (!user) throw new AppError('UNAUTHENTICATED', 'account vanished')
  return user
}

/** Profile and preferences only: the strict body schema keeps every other field out. */
export async function updateMe(
  deps: AuthDeps,
  auth: AuthContext,
  body: UpdateMeBody,
  meta: RequestMeta,
) {
  await patchUserJson(deps.db, auth.userId, body)
  const fields = [
    ...Object.keys(body.profile ?? {}).map((key) => `profile.${key}`),
    ...Object.keys(body.preferences ?? {}).map((key) => `preferences.${key}`),
  ]
  await auditSelf(deps, auth, 'users.profile_updated', { fields }, meta)
  return getMe(deps, auth)
}

/**
 * Adds a phone or email after its code (sent with purpose add-identifier, bound to this account)
 * is verified. Only then may the answer reveal that another account owns it.
 */
export async function addIdentifier(
  deps: AuthDeps,
  auth: AuthContext,
  input: { identifier: Identifier; code: string },
  meta: RequestMeta,
) {
  const check = { ...input, purpose: 'add-identifier' as const, userId: auth.userId }
  const challengeId = await checkOtp(deps, check, meta)
  if (await findAccountByIdentifier(deps.db, input.identifier)) {
    throw new AppError('IDENTIFIER_TAKEN', 'identifier has an account')
  }
  await consumeOtp(deps.db, challengeId)
  const hasPrimary = (await findIdentifiersOf(deps.db, [auth.userId])).some((i) => i.isPrimary)
  const row = await insertIdentifier(deps.db, {
    userId: auth.userId,
    identifier: input.identifier,
    isPrimary: !hasPrimary,
  })
  if (!row) throw new AppError('IDENTIFIER_TAKEN', 'identifier added concurrently')
  const changes = { type: row.type, identifier: maskIdentifier(row.value) }
  await auditSelf(deps, auth, 'users.identifier_added', changes, meta)
  return getMe(deps, auth)
}

/** The last identifier cannot go: without one the person could never sign in again. */
export async function removeIdentifier(
  deps: AuthDeps,
  auth: AuthContext,
  identifierId: string,
  meta: RequestMeta,
) {
  const removed = await deps.db.transaction(async (tx) => {
    await lockUser(tx, auth.userId)
    const own = await findIdentifiersOf(tx, [auth.userId])
    if (!own.some((identifier) => identifier.id === identifierId)) {
      throw new AppError('NOT_FOUND', 'no such identifier')
    }
    if (own.length <= 1) throw new AppError('LAST_IDENTIFIER', 'last identifier')
    const row = await deleteIdentifier(tx, auth.userId, identifierId)
    await ensurePrimaryIdentifier(tx, auth.userId)
    return row
  })
  const changes = { type: removed?.type, identifier: maskIdentifier(removed?.value ?? '') }
  await auditSelf(deps, auth, 'users.identifier_removed', changes, meta)
  return getMe(deps, auth)
}
