import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { appointments } from './appointments.ts'
import {
  cascadingRef,
  createdAtColumn,
  idColumn,
  instant,
  jsonObject,
  updatedAtColumn,
} from './columns.ts'
import { courses } from './learning.ts'
import { users } from './users.ts'

/** Deviation from the seed: `amount` is BIGINT rials (DECIMAL(10,2) overflows at ~100M rials). */
export const transactions = pgTable(
  'transactions',
  {
    id: idColumn(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: varchar('currency', { length: 3 }).default('IRR'),
    type: varchar('type', { length: 20 }),
    status: varchar('status', { length: 20 }).default('pending'),
    gatewayReference: varchar('gateway_reference', { length: 255 }),
    metadata: jsonObject('metadata'),
    createdAt: createdAtColumn(),
    completedAt: instant('completed_at'),
    // Issue 6 (migration 0400).
    appointmentId: uuid('appointment_id').references(() => appointments.id, {
      onDelete: 'set null',
    }),
    originalTransactionId: uuid('original_transaction_id').references(
      (): AnyPgColumn => transactions.id,
      { onDelete: 'restrict' },
    ),
    gateway: varchar('gateway', { length: 20 }),
    authority: varchar('authority', { length: 64 }),
    cardPan: varchar('card_pan', { length: 32 }),
    feeIrr: bigint('fee_irr', { mode: 'number' }),
    note: text('note'),
    updatedAt: updatedAtColumn(),
    // Issue 15 (migration 0601): when the payer's receipt or refund notice was queued.
    noticeQueuedAt: instant('notice_queued_at'),
    // Issue 17 (migration 0800): the course a payment buys.
    courseId: uuid('course_id').references(() => courses.id, { onDelete: 'set null' }),
    // Issue 20 (migration 1030): the reconciliation state of a pending payment.
    verifyAttempts: integer('verify_attempts').notNull().default(0),
    lastVerifyAt: instant('last_verify_at'),
    lastVerifyResult: varchar('last_verify_result', { length: 40 }),
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
    index('idx_transactions_created_id').on(t.createdAt.desc(), t.id.desc()),
    index('idx_transactions_status_created').on(t.status, t.createdAt.desc(), t.id.desc()),
    index('idx_transactions_gateway_reference')
      .on(t.gatewayReference)
      .where(sql`${t.gatewayReference} IS NOT NULL`),
    uniqueIndex('uq_transactions_authority').on(t.authority).where(sql`${t.authority} IS NOT NULL`),
    index('idx_transactions_untold')
      .on(t.completedAt)
      .where(sql`${t.completedAt} IS NOT NULL AND ${t.noticeQueuedAt} IS NULL`),
    uniqueIndex('uq_transactions_live_payment')
      .on(t.appointmentId)
      .where(sql`${t.type} = 'payment' AND ${t.status} IN ('pending', 'completed')`),
    uniqueIndex('uq_transactions_live_course_payment')
      .on(t.userId, t.courseId)
      .where(
        sql`${t.type} = 'payment' AND ${t.status} IN ('pending', 'completed') AND ${t.courseId} IS NOT NULL`,
      ),
  ],
)

export type TransactionRow = typeof transactions.$inferSelect

export const paymentIdempotencyKeys = pgTable(
  'payment_idempotency_keys',
  {
    userId: cascadingRef('user_id', () => users.id),
    key: varchar('key', { length: 100 }).notNull(),
    appointmentId: uuid('appointment_id').notNull(),
    transactionId: cascadingRef('transaction_id', () => transactions.id),
    createdAt: createdAtColumn().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
)
