import type { UserType } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { keepingAccessManager } from '../rbac/access-rules.ts'
import { endUserAccess } from '../sessions/session-revocation.ts'
import { listUserRows } from './people-list.repository.ts'
import { findUserView, toUserViews } from './user-view.ts'
import { setUserActive } from './users.repository.ts'
import type { UsersDeps } from './users-deps.ts'

export interface UserListQuery {
  q?: string
  type?: UserType
  isActive?: boolean
  cursor?: string
  limit: number
}

/** Admin list: search by name or identifier, filter by type and state, newest first. */
export async function listUsers(deps: UsersDeps, query: UserListQuery) {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listUserRows(deps.db, { ...query, before })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const more = rows.length > query.limit && last?.createdAt
  return {
    items: toUserViews(page),
    nextCursor: more && last?.createdAt ? encodeCursor(last.createdAt, last.id) : null,
  }
}

/**
 * One account. Without users.read.any only one's own id is readable, and any other id answers
 * exactly like an id that does not exist, so ids cannot be probed.
 */
export async function getUser(deps: UsersDeps, viewer: AuthContext, id: string) {
  const allowed = viewer.userId === id || viewer.permissions.has('users.read.any')
  const user = allowed ? await findUserView(deps.db, id) : undefined
  if (!user) throw new AppError('NOT_FOUND', 'no such user')
  return user
}

/**
 * Turns an account off or on, with the admin's reason kept in the audit trail. Deactivation is
 * refused when it would leave nobody able to manage access, and ends every session and socket
 * of the account at once; an inactive account cannot sign in (sign-in checks `is_active`).
 */
export async function setActive(
  deps: UsersDeps,
  actor: AuthContext,
  id: string,
  change: { isActive: boolean; reason: string },
  meta: RequestMeta,
) {
  const { isActive, reason } = change
  if (!isActive && actor.userId === id) throw new AppError('SELF_DEACTIVATION', 'own account')
  const before = await findUserView(deps.db, id)
  if (!before) throw new AppError('NOT_FOUND', 'no such user')
  await keepingAccessManager(deps.db, async (db) => {
    await setUserActive(db, id, isActive)
    await recordAudit(db, {
      userId: actor.userId,
      action: isActive ? 'users.activated' : 'users.deactivated',
      resource: 'user',
      resourceId: id,
      changes: { reason, before: { isActive: before.isActive }, after: { isActive } },
      ip: meta.ip,
      userAgent: meta.userAgent,
    })
  })
  if (!isActive) await endUserAccess(deps, id)
  return { ...before, isActive }
}
