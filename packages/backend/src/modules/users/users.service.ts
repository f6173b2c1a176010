import { type Identifier, maskIdentifier, type UpdateMeBody } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { personShownChanged } from './person-shown.ts'
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
import type { UsersDeps } from './users-deps.ts'

function auditSelf(
  deps: UsersDeps,
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

export async function getMe(deps: UsersDeps, auth: AuthContext): Promise<UserView> {
  const user = await findUserView(deps.db, auth.userId)
  if (!user) throw new AppError('UNAUTHENTICATED', 'account vanished')
  return user
}

/** Profile and preferences only: the strict body schema keeps every other field out. */
export async function updateMe(
  deps: UsersDeps,
  auth: AuthContext,
  body: UpdateMeBody,
  meta: RequestMeta,
) {
  await patchUserJson(deps.db, auth.userId, body)
  if (body.profile || body.preferences?.discreetMode !== undefined) {
    await personShownChanged(deps.io, auth.userId)
  }
  const fields = [
    ...Object.keys(body.profile ?? {}).map((key) => `profile.${key}`),
    ...Object.keys(body.preferences ?? {}).map((key) => `preferences.${key}`),
  ]
  await auditSelf(deps, auth, 'users.profile_updated', { fields }, meta)
  return getMe(deps, auth)
}

/**
 * For files: the address of my avatar (a public, content-hashed URL the files module serves);
 * kept in profile.avatarUrl (null removes it), which the profile patch schema does not let clients write.
 */
export async function setAvatarUrl(db: Db, userId: string, url: string | null): Promise<void> {
  await patchUserJson(db, userId, { profile: { avatarUrl: url } })
}

/** Whether some account (anyone's) already signs in with this phone or email. */
export async function isIdentifierRegistered(deps: UsersDeps, identifier: Identifier) {
  return (await findAccountByIdentifier(deps.db, identifier)) !== undefined
}

/**
 * Adds a phone or email whose code the auth module has verified (auth/identifier.routes.ts);
 * the first one becomes primary.
 */
export async function addVerifiedIdentifier(
  deps: UsersDeps,
  auth: AuthContext,
  identifier: Identifier,
  meta: RequestMeta,
) {
  const hasPrimary = (await findIdentifiersOf(deps.db, [auth.userId])).some((i) => i.isPrimary)
  const row = await insertIdentifier(deps.db, {
    userId: auth.userId,
    identifier,
    isPrimary: !hasPrimary,
  })
  if (!row) throw new AppError('IDENTIFIER_TAKEN', 'identifier added concurrently')
  const changes = { type: row.type, identifier: maskIdentifier(row.value) }
  await auditSelf(deps, auth, 'users.identifier_added', changes, meta)
  return getMe(deps, auth)
}

/** The last identifier cannot go: without one the person could never sign in again. */
export async function removeIdentifier(
  deps: UsersDeps,
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
