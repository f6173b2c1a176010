import { DEFAULT_GROUPS } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import { keepingAccessManager, requireHeld } from './access-rules.ts'
import {
  deleteGroupPermission,
  deleteMember,
  deleteUserPermission,
  findDirectPermissions,
  findGroupsOf,
  insertGroupPermission,
  insertMember,
  insertUserPermission,
} from './rbac.repository.ts'
import { type AdminAction, audit, getGroup } from './rbac.service.ts'

/**
 * Membership and grant changes. Each runs in a transaction that keeps someone able to manage
 * access, is audited with the before and after of what it changed, and then drops the affected
 * cached sessions (one user's, or everyone's for a group grant), so it holds from the very next
 * request. Granting is limited to what the acting admin holds.
 */

/** The repository's answer to a grant for a user id the users table does not hold. */
function requireUser(added: boolean | Conflict): boolean {
  if (added instanceof Conflict) throw new AppError('NOT_FOUND', 'no such user')
  return added
}

/** One change: what it touches is read before and after, inside the guarded transaction. */
interface AuditedChange {
  name: string
  /** The person or the group the change is audited on. */
  on: { resource: 'user' | 'rbac'; id: string }
  details: Record<string, unknown>
  read: (db: Db) => Promise<Record<string, unknown>>
  change: (db: Db) => Promise<boolean>
}

/** Whether anything changed (false: it already was so). */
function auditedChange(action: AdminAction, change: AuditedChange): Promise<boolean> {
  return keepingAccessManager(action.db, async (db) => {
    const before = await change.read(db)
    if (!(await change.change(db))) return false
    const changes = { ...change.details, before, after: await change.read(db) }
    await audit({ ...action, db }, change.name, change.on.id, changes, change.on.resource)
    return true
  })
}

const groupsOf = async (db: Db, userId: string) => ({
  groups: (await findGroupsOf(db, userId)).map((group) => group.name),
})
const groupGrantsOf = async (db: Db, groupId: string) => ({
  permissions: (await getGroup(db, groupId)).permissions,
})
const directGrantsOf = async (db: Db, userId: string) => ({
  direct: await findDirectPermissions(db, userId),
})

async function changeMembership(
  action: AdminAction,
  groupId: string,
  userId: string,
  name: 'rbac.member_added' | 'rbac.member_removed',
  change: (db: Db) => Promise<boolean>,
): Promise<boolean> {
  const group = await getGroup(action.db, groupId)
  if (name === 'rbac.member_added') requireHeld(action.actor, group.permissions)
  const changed = await auditedChange(action, {
    name,
    on: { resource: 'user', id: userId },
    details: { groupId, group: group.name },
    read: (db) => groupsOf(db, userId),
    change,
  })
  if (changed) await action.invalidation.user(userId)
  return changed
}

export async function addMember(action: AdminAction, groupId: string, userId: string) {
  await changeMembership(action, groupId, userId, 'rbac.member_added', async (db) =>
    requireUser(await insertMember(db, groupId, userId)),
  )
}

export async function removeMember(action: AdminAction, groupId: string, userId: string) {
  const removed = await changeMembership(action, groupId, userId, 'rbac.member_removed', (db) =>
    deleteMember(db, groupId, userId),
  )
  if (!removed) throw new AppError('NOT_FOUND', 'not a member')
}

async function changeGroupGrant(
  action: AdminAction,
  groupId: string,
  permission: string,
  name: 'rbac.group_permission_granted' | 'rbac.group_permission_revoked',
  change: (db: Db) => Promise<boolean>,
): Promise<boolean> {
  await getGroup(action.db, groupId)
  const changed = await auditedChange(action, {
    name,
    on: { resource: 'rbac', id: groupId },
    details: { permission },
    read: (db) => groupGrantsOf(db, groupId),
    change,
  })
  // Every member's cached permission set may be stale.
  if (changed) await action.invalidation.all()
  return changed
}

export async function grantToGroup(action: AdminAction, groupId: string, permission: string) {
  requireHeld(action.actor, [permission])
  await changeGroupGrant(action, groupId, permission, 'rbac.group_permission_granted', (db) =>
    insertGroupPermission(db, groupId, permission),
  )
}

export async function revokeFromGroup(action: AdminAction, groupId: string, permission: string) {
  const group = await getGroup(action.db, groupId)
  // Without this the last way to manage access could be removed by a slip of the mouse.
  if (group.name === DEFAULT_GROUPS.admin.name && permission === 'rbac.manage') {
    throw new AppError('DEFAULT_GROUP_PROTECTED', 'admins keep rbac.manage')
  }
  const revoked = await changeGroupGrant(
    action,
    groupId,
    permission,
    'rbac.group_permission_revoked',
    (db) => deleteGroupPermission(db, groupId, permission),
  )
  if (!revoked) throw new AppError('NOT_FOUND', 'not granted')
}

async function changeUserGrant(
  action: AdminAction,
  userId: string,
  permission: string,
  name: 'rbac.user_permission_granted' | 'rbac.user_permission_revoked',
  change: (db: Db) => Promise<boolean>,
): Promise<boolean> {
  const changed = await auditedChange(action, {
    name,
    on: { resource: 'user', id: userId },
    details: { permission },
    read: (db) => directGrantsOf(db, userId),
    change,
  })
  if (changed) await action.invalidation.user(userId)
  return changed
}

export async function grantToUser(action: AdminAction, userId: string, permission: string) {
  requireHeld(action.actor, [permission])
  await changeUserGrant(action, userId, permission, 'rbac.user_permission_granted', async (db) =>
    requireUser(await insertUserPermission(db, userId, permission)),
  )
}

export async function revokeFromUser(action: AdminAction, userId: string, permission: string) {
  const revoked = await changeUserGrant(
    action,
    userId,
    permission,
    'rbac.user_permission_revoked',
    (db) => deleteUserPermission(db, userId, permission),
  )
  if (!revoked) throw new AppError('NOT_FOUND', 'not granted')
}
