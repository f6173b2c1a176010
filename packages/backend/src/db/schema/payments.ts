import { sql } from 'drizzle-orm'
import { bigint, check, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core'
import { users } from './users.ts'

/** Deviation from the seed: `amount` is BIGINT rials (DECIMAL(10,2) overflows at ~100M rials). */
export const transactions = pgTable(
  'transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: varchar('currency', { length: 3 }).default('IRR'),
    type: varchar('type', { length: 20 }),
    status: varchar('status', { length: 20 }).default('pending'),
    gatewayReference: varchar('gateway_reference', { length: 255 }),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    check('transactions_type_check', sql`${t.type} IN ('payment', 'refund')`),
    check(
      'transactions_status_check',
      sql`${t.status} IN ('pending', 'completed', 'failed', 'refunded')`,
    ),
    check('transactions_amount_check', sql`${t.amount} >= 0`),
    index('idx_transactions_user_id').on(t.userId),
    index('idx_transactions_status').on(t.status),
  ],
)
