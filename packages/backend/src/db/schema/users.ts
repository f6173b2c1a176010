import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { createdAtColumn, idColumn, instant, jsonObject, updatedAtColumn } from './columns.ts'

export const users = pgTable(
  'users',
  {
    id: idColumn(),
    username: varchar('username', { length: 50 }).unique(),
    passwordHash: varchar('password_hash', { length: 255 }),
    type: varchar('type', { length: 20 }).notNull(),
    profile: jsonObject('profile'),
    preferences: jsonObject('preferences'),
    isActive: boolean('is_active').default(true),
    /** Cut to milliseconds by a trigger (1020), the keyset cursor's precision. */
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    lastLoginAt: instant('last_login_at'),
    /** course_search_key() of the Persian and English names: the admin's people search (1020). */
    searchKey: text('search_key').generatedAlwaysAs(
      sql`course_search_key(coalesce(profile->>'firstName', '') || coalesce(profile->>'lastName', '') || ' ' || coalesce(profile->>'firstNameEn', '') || coalesce(profile->>'lastNameEn', ''))`,
    ),
  },
  (t) => [
    check('users_type_check', sql`${t.type} IN ('patient', 'psychologist', 'admin')`),
    index('idx_users_type').on(t.type),
    index('idx_users_created_at').on(t.createdAt),
    index('idx_users_newest').on(t.createdAt.desc(), t.id.desc()),
    index('idx_users_search_key_trgm').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
)

export const userIdentifiers = pgTable(
  'user_identifiers',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 20 }).notNull(),
    value: varchar('value', { length: 255 }).notNull(),
    isVerified: boolean('is_verified').default(false),
    isPrimary: boolean('is_primary').default(false),
    createdAt: createdAtColumn(),
  },
  (t) => [
    check('user_identifiers_type_check', sql`${t.type} IN ('email', 'phone')`),
    uniqueIndex('idx_user_identifiers_value').on(t.type, t.value),
    index('idx_user_identifiers_value_trgm').using('gin', sql`${t.value} gin_trgm_ops`),
    index('idx_user_identifiers_user_id').on(t.userId),
  ],
)

/**
 * Server-side sessions. Deviation from the seed: `token` holds the SHA-256 (hex) of the
 * bearer token, never the token itself; `id` lets people name a device without its secret.
 */
export const sessions = pgTable(
  'sessions',
  {
    token: varchar('token', { length: 255 }).primaryKey(),
    id: uuid('id').notNull().unique().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    isLoggedIn: boolean('is_logged_in').default(false),
    metadata: jsonObject('metadata'),
    createdAt: createdAtColumn(),
    expiresAt: instant('expires_at').notNull(),
    lastActivityAt: instant('last_activity_at').defaultNow(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    index('idx_sessions_user_id').on(t.userId),
    index('idx_sessions_expires_at').on(t.expiresAt),
  ],
)
