import { boolean, index, inet, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core'
import { createdAtColumn, idColumn, updatedAtColumn } from './columns.ts'
import { users } from './users.ts'

export const config = pgTable('config', {
  key: varchar('key', { length: 100 }).primaryKey(),
  value: jsonb('value').notNull(),
  description: text('description'),
  isSensitive: boolean('is_sensitive').default(false),
  updatedAt: updatedAtColumn(),
})

/** Append-only: the migration revokes nothing from a superuser, so a trigger refuses UPDATE/DELETE. */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    action: varchar('action', { length: 100 }).notNull(),
    resource: varchar('resource', { length: 100 }),
    resourceId: varchar('resource_id', { length: 100 }),
    changes: jsonb('changes'),
    ipAddress: inet('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('idx_audit_logs_user_id').on(t.userId),
    index('idx_audit_logs_created_at').on(t.createdAt),
    index('idx_audit_logs_action').on(t.action),
    index('idx_audit_logs_resource').on(t.resource, t.resourceId, t.createdAt),
    index('idx_audit_logs_resource_id').on(t.resourceId, t.createdAt),
  ],
)
