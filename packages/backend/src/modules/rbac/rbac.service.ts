import { DEFAULT_GROUPS, type UserType } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { keepingAccessManager } from './access-rules.ts'
import { findEffectivePermissions } from './permission.repository.ts'
import {
  addMemberByGroupName,
  deleteGroupRow,
  findDirectPermissions,
  findGroupRow,
  findGroupsOf,
  insertGroup,
  listGroupRows,
  listMemberRows,
  listPermissionRows,
  updateGroupRow,
} from './rbac.repository.ts'

/**
 * How a grant change takes effect at once: drop the cached sessions it affects. The sessions
 * module's SessionInvalidation is one; rbac only states what it calls, so it needs no import
 * of sessions (which reads effective permissions from here).
 */
export interface GrantInvalidation {
  user(userId: string): Promise<void>
  all(): Promise<void>
}

/** An admin acting: who, from where, and how to make their change take effect at once. */
export interface AdminAction {
  db: Db
  invalidation: GrantInvalidation
  actor: AuthContext
  meta: RequestMeta
}

const DEFAULT_GROUP_NAMES = new Set(Object.values(DEFAULT_GROUPS).map((group) => group.name))

/** Audited on the group (resource `rbac`) unless `resource` names the person (`user`). */
export function audit(
  action: AdminAction,
  name: string,
  resourceId: string,
  changes?: unknown,
  resource = name.split('.')[0],
) {
  return recordAudit(action.db, {
    userId: action.actor.userId,
    action: name,
    resource,
    resourceId,
    changes,
    ip: action.meta.ip,
    userAgent: action.meta.userAgent,
  })
}

export function joinDefaultGroup(db: Db, userId: string, type: UserType): Promise<void> {
  return addMemberByGroupName(db, userId, DEFAULT_GROUPS[type].name)
}

export function listPermissions(db: Db) {
  return listPermissionRows(db)
}

type GroupRow = NonNullable<Awaited<ReturnType<typeof findGroupRow>>>

function toGroup(row: GroupRow) {
  return {
    ...row,
    isDefault: DEFAULT_GROUP_NAMES.has(row.name),
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
  }
}

export async function listGroups(db: Db) {
  return { items: (await listGroupRows(db)).map(toGroup) }
}

export async function getGroup(db: Db, id: string) {
  const row = await findGroupRow(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'no such group')
  return toGroup(row)
}

export async function createGroup(
  action: AdminAction,
  body: { name: string; description?: string },
) {
  const id = await insertGroup(action.db, body)
  if (!id) throw new AppError('GROUP_NAME_TAKEN', 'group name exists')
  await audit(action, 'rbac.group_created', id, { before: null, after: body })
  return getGroup(action.db, id)
}

export async function updateGroup(
  action: AdminAction,
  id: string,
  body: { name?: string; description?: string | null },
) {
  const group = await getGroup(action.db, id)
  if (group.isDefault && body.name !== undefined && body.name !== group.name) {
    throw new AppError('DEFAULT_GROUP_PROTECTED', 'default groups keep their names')
  }
  const result = await updateGroupRow(action.db, id, body)
  if (result === 'taken') throw new AppError('GROUP_NAME_TAKEN', 'group name exists')
  const before = { name: group.name, description: group.description }
  await audit(action, 'rbac.group_updated', id, { before, after: { ...before, ...body } })
  return getGroup(action.db, id)
}

export async function deleteGroup(action: AdminAction, id: string): Promise<void> {
  const group = await getGroup(action.db, id)
  if (group.isDefault) throw new AppError('DEFAULT_GROUP_PROTECTED', 'default group')
  await keepingAccessManager(action.db, async (db) => {
    await deleteGroupRow(db, id)
    const { name, description, permissions, memberCount } = group
    const before = { name, description, permissions, memberCount }
    await audit({ ...action, db }, 'rbac.group_deleted', id, { before, after: null })
  })
  // Its members lose its grants: every cached permission set may be stale.
  await action.invalidation.all()
}

export async function listMembers(
  db: Db,
  groupId: string,
  page: { cursor?: string; limit: number },
) {
  await getGroup(db, groupId)
  const before = page.cursor ? decodeCursor(page.cursor) : undefined
  const rows = await listMemberRows(db, groupId, { before, limit: page.limit })
  const items = rows.slice(0, page.limit).map((row) => ({
    ...row,
    profile: row.profile ?? {},
    addedAt: (row.addedAt ?? new Date(0)).toISOString(),
  }))
  const last = rows.length > page.limit ? rows[page.limit - 1] : undefined
  return {
    items,
    nextCursor: last?.addedAt ? encodeCursor(last.addedAt, last.userId) : null,
  }
}

/** Every permission a user holds, directly or through a group: what a session carries. */
export function effectivePermissionsOf(db: Db, userId: string): Promise<string[]> {
  return findEffectivePermissions(db, userId)
}

/** Direct grants, groups, and the union the session check uses. */
export async function userAccess(db: Db, userId: string) {
  return {
    userId,
    direct: await findDirectPermissions(db, userId),
    groups: await findGroupsOf(db, userId),
    effective: (await findEffectivePermissions(db, userId)).sort(),
  }
}
