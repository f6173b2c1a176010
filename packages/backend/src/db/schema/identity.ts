import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  inet,
  integer,
  pgTable,
  text,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { cascadingRef, idColumn, instant } from './columns.ts'
import { users } from './users.ts'

/** One row per code sent; only an HMAC of the code is stored (migration 0100). */
export const otpChallenges = pgTable(
  'otp_challenges',
  {
    id: idColumn(),
    identifierType: varchar('identifier_type', { length: 20 }).notNull(),
    identifier: varchar('identifier', { length: 255 }).notNull(),
    purpose: varchar('purpose', { length: 30 }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    codeHash: varchar('code_hash', { length: 64 }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: instant('expires_at').notNull(),
    consumedAt: instant('consumed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    createdIp: inet('created_ip'),
  },
  (t) => [
    check('otp_challenges_identifier_type_check', sql`${t.identifierType} IN ('email', 'phone')`),
    check('otp_challenges_purpose_check', sql`${t.purpose} IN ('sign-in', 'add-identifier')`),
    index('idx_otp_challenges_lookup').on(t.identifier, t.purpose, t.createdAt),
    index('idx_otp_challenges_expires_at').on(t.expiresAt),
  ],
)

/** Staff second factor: encrypted TOTP secret, replay counter, admin requirement. */
export const userMfa = pgTable('user_mfa', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  totpSecretEncrypted: text('totp_secret_encrypted'),
  totpEnabledAt: instant('totp_enabled_at'),
  totpLastCounter: integer('totp_last_counter'),
  totpRequired: boolean('totp_required').notNull().default(false),
  updatedAt: instant('updated_at').notNull().defaultNow(),
})

export const userRecoveryCodes = pgTable(
  'user_recovery_codes',
  {
    id: idColumn(),
    userId: cascadingRef('user_id', () => users.id),
    codeHash: varchar('code_hash', { length: 64 }).notNull(),
    usedAt: instant('used_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('idx_user_recovery_codes_user_id').on(t.userId)],
)
