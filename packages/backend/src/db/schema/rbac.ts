import { index, pgTable, primaryKey, text, varchar } from 'drizzle-orm/pg-core'
import { cascadingRef, createdAtColumn, idColumn, instant } from './columns.ts'
import { users } from './users.ts'

export const permissions = pgTable(
  'permissions',
  {
    id: idColumn(),
    name: varchar('name', { length: 100 }).unique().notNull(),
    description: text('description'),
    resource: varchar('resource', { length: 50 }).notNull(),
    action: varchar('action', { length: 50 }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('idx_permissions_resource_action').on(t.resource, t.action)],
)

export const userGroups = pgTable('user_groups', {
  id: idColumn(),
  name: varchar('name', { length: 100 }).unique().notNull(),
  description: text('description'),
  createdAt: createdAtColumn(),
})

export const userGroupMembers = pgTable(
  'user_group_members',
  {
    userId: cascadingRef('user_id', () => users.id),
    groupId: cascadingRef('group_id', () => userGroups.id),
    addedAt: instant('added_at').defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId] })],
)

export const userPermissions = pgTable(
  'user_permissions',
  {
    userId: cascadingRef('user_id', () => users.id),
    permissionId: cascadingRef('permission_id', () => permissions.id),
    grantedAt: instant('granted_at').defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.permissionId] })],
)

export const groupPermissions = pgTable(
  'group_permissions',
  {
    groupId: cascadingRef('group_id', () => userGroups.id),
    permissionId: cascadingRef('permission_id', () => permissions.id),
    grantedAt: instant('granted_at').defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.permissionId] })],
)
