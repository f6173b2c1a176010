import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import {
  groupPermissions,
  permissions,
  userGroupMembers,
  userGroups,
  userPermissions,
  users,
} from '../../db/schema/index.ts'
import { queryRows } from '../../db/sql-query.ts'
import { Conflict, orConflict } from '../../db/sql-state.ts'
import { newestFirst, olderThan } from '../../lib/keyset.ts'

export async function addMemberByGroupName(db: Db, userId: string, groupName: string) {
  await db.execute(sql`
    INSERT INTO user_group_members (user_id, group_id)
    SELECT ${userId}, id FROM user_groups WHERE name = ${groupName}
    ON CONFLICT DO NOTHING`)
}

export function listPermissionRows(db: Db) {
  return db
    .select({
      name: permissions.name,
      description: permissions.description,
      resource: permissions.resource,
      action: permissions.action,
    })
    .from(permissions)
    .orderBy(asc(permissions.name))
}

// Spelled out as user_groups.id: inside a select list Drizzle renders a column without its
// table, and the subquery's own tables would capture a bare "id".
const groupId = sql.raw('"user_groups"."id"')

const groupColumns = {
  id: userGroups.id,
  name: userGroups.name,
  description: userGroups.description,
  createdAt: userGroups.createdAt,
  memberCount: sql<number>`(SELECT count(*)::int FROM user_group_members m WHERE m.group_id = ${groupId})`,
  permissions: sql<
    string[]
  >`coalesce((SELECT array_agg(p.name ORDER BY p.name) FROM group_permissions gp
    JOIN permissions p ON p.id = gp.permission_id WHERE gp.group_id = ${groupId}), '{}')`,
}

export function listGroupRows(db: Db) {
  return db.select(groupColumns).from(userGroups).orderBy(asc(userGroups.name))
}

export async function findGroupRow(db: Db, id: string) {
  const [row] = await db.select(groupColumns).from(userGroups).where(eq(userGroups.id, id))
  return row
}

export async function insertGroup(db: Db, values: { name: string; description?: string }) {
  const [row] = await db
    .insert(userGroups)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: userGroups.id })
  return row?.id
}

export async function updateGroupRow(
  db: Db,
  id: string,
  values: { name?: string; description?: string | null },
): Promise<'updated' | 'missing' | 'taken'> {
  const rows = await db
    .update(userGroups)
    .set(values)
    .where(
      and(
        eq(userGroups.id, id),
        values.name
          ? sql`NOT EXISTS (SELECT 1 FROM user_groups g WHERE g.name = ${values.name} AND g.id <> ${id})`
          : undefined,
      ),
    )
    .returning({ id: userGroups.id })
  if (rows.length) return 'updated'
  return (await findGroupRow(db, id)) ? 'taken' : 'missing'
}

export async function deleteGroupRow(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .delete(userGroups)
    .where(eq(userGroups.id, id))
    .returning({ id: userGroups.id })
  return rows.length > 0
}

export function listMemberRows(
  db: Db,
  groupId: string,
  page: { before?: { createdAt: Date; id: string }; limit: number },
) {
  return db
    .select({
      userId: users.id,
      type: users.type,
      profile: users.profile,
      addedAt: userGroupMembers.addedAt,
    })
    .from(userGroupMembers)
    .innerJoin(users, eq(users.id, userGroupMembers.userId))
    .where(
      and(
        eq(userGroupMembers.groupId, groupId),
        page.before ? olderThan(userGroupMembers.addedAt, users.id, page.before) : undefined,
      ),
    )
    .orderBy(...newestFirst(userGroupMembers.addedAt, users.id))
    .limit(page.limit + 1)
}

/** Whether the user joined (false: already a member); a Conflict for an unknown user. */
export async function insertMember(
  db: Db,
  groupId: string,
  userId: string,
): Promise<boolean | Conflict> {
  const rows = await orConflict(
    db
      .insert(userGroupMembers)
      .values({ groupId, userId })
      .onConflictDoNothing()
      .returning({ userId: userGroupMembers.userId }),
    'foreign_key',
    'user_group_members_user_id_users_id_fk',
  )
  return rows instanceof Conflict ? rows : rows.length > 0
}

export async function deleteMember(db: Db, groupId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(userGroupMembers)
    .where(and(eq(userGroupMembers.groupId, groupId), eq(userGroupMembers.userId, userId)))
    .returning({ userId: userGroupMembers.userId })
  return rows.length > 0
}

const permissionId = (name: string) => sql`(SELECT id FROM permissions WHERE name = ${name})`

export async function insertGroupPermission(db: Db, groupId: string, name: string) {
  const rows = await queryRows(
    db,
    sql`
    INSERT INTO group_permissions (group_id, permission_id) VALUES (${groupId}, ${permissionId(name)})
    ON CONFLICT DO NOTHING RETURNING group_id`,
  )
  return rows.length > 0
}

export async function deleteGroupPermission(db: Db, groupId: string, name: string) {
  const rows = await db
    .delete(groupPermissions)
    .where(
      and(
        eq(groupPermissions.groupId, groupId),
        eq(groupPermissions.permissionId, permissionId(name)),
      ),
    )
    .returning({ groupId: groupPermissions.groupId })
  return rows.length > 0
}

/** Whether the grant is new (false: already granted); a Conflict for an unknown user. */
export async function insertUserPermission(
  db: Db,
  userId: string,
  name: string,
): Promise<boolean | Conflict> {
  const rows = await orConflict(
    queryRows(
      db,
      sql`
    INSERT INTO user_permissions (user_id, permission_id) VALUES (${userId}, ${permissionId(name)})
    ON CONFLICT DO NOTHING RETURNING user_id`,
    ),
    'foreign_key',
    'user_permissions_user_id_users_id_fk',
  )
  return rows instanceof Conflict ? rows : rows.length > 0
}

export async function deleteUserPermission(db: Db, userId: string, name: string) {
  const rows = await db
    .delete(userPermissions)
    .where(
      and(eq(userPermissions.userId, userId), eq(userPermissions.permissionId, permissionId(name))),
    )
    .returning({ userId: userPermissions.userId })
  return rows.length > 0
}

export async function findDirectPermissions(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ name: permissions.name })
    .from(userPermissions)
    .innerJoin(permissions, eq(permissions.id, userPermissions.permissionId))
    .where(eq(userPermissions.userId, userId))
    .orderBy(asc(permissions.name))
  return rows.map((row) => row.name)
}

export function findGroupsOf(db: Db, userId: string) {
  return db
    .select({ id: userGroups.id, name: userGroups.name })
    .from(userGroupMembers)
    .innerJoin(userGroups, eq(userGroups.id, userGroupMembers.groupId))
    .where(eq(userGroupMembers.userId, userId))
    .orderBy(asc(userGroups.name))
}
