import { DEFAULT_GROUPS } from '@yektayar/shared'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import {
  deleteGroupPermission,
  deleteMember,
  deleteUserPermission,
  insertGroupPermission,
  insertMember,
  insertUserPermission,
} from './rbac.repository.ts'
import { type AdminAction, audit, getGroup } from './rbac.service.ts'

/**
 * Membership and grant changes. Each one is audited and drops the affected cached sessions
 * (one user's, or everyone's for a group grant), so it holds from the very next request.
 */

/** The repository's answer to a grant for a user id the users table does not hold. */
function requireUser(added: boolean | Conflict): boolean {
  if (added instanceof Conflict) throw new AppError('NOT_FOUND', 'no such user')
  return added
}

export async function addMember(action: AdminAction, groupId: string, userId: string) {
  await getGroup(action.db, groupId)
  if (requireUser(await insertMember(action.db, groupId, userId))) {
    await audit(action, 'rbac.member_added', groupId, { userId })
    await action.invalidation.user(userId)
  }
}

export async function removeMember(action: AdminAction, groupId: string, userId: string) {
  await getGroup(action.db, groupId)
  if (!(await deleteMember(action.db, groupId, userId))) {
    throw new AppError('NOT_FOUND', 'not a member')
  }
  await audit(action, 'rbac.member_removed', groupId, { userId })
  await action.invalidation.user(userId)
}

export async function grantToGroup(action: AdminAction, groupId: string, permission: string) {
  await getGroup(action.db, groupId)
  if (await insertGroupPermission(action.db, groupId, permission)) {
    await audit(action, 'rbac.group_permission_granted', groupId, { permission })
    await action.invalidation.all()
  }
}

export async function revokeFromGroup(action: AdminAction, groupId: string, permission: string) {
  const group = await getGroup(action.db, groupId)
  // Without this the last way to manage access could be removed by a slip of the mouse.
  if (group.name === DEFAULT_GROUPS.admin.name && permission === 'rbac.manage') {
    throw new AppError('DEFAULT_GROUP_PROTECTED', 'admins keep rbac.manage')
  }
  if (!(await deleteGroupPermission(action.db, groupId, permission))) {
    throw new AppError('NOT_FOUND', 'not granted')
  }
  await audit(action, 'rbac.group_permission_revoked', groupId, { permission })
  await action.invalidation.all()
}

export async function grantToUser(action: AdminAction, userId: string, permission: string) {
  if (requireUser(await insertUserPermission(action.db, userId, permission))) {
    await audit(action, 'rbac.user_permission_granted', userId, { permission })
    await action.invalidation.user(userId)
  }
}

export async function revokeFromUser(action: AdminAction, userId: string, permission: string) {
  if (!(await deleteUserPermission(action.db, userId, permission))) {
    throw new AppError('NOT_FOUND', 'not granted')
  }
  await audit(action, 'rbac.user_permission_revoked', userId, { permission })
  await action.invalidation.user(userId)
}
