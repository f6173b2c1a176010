import { and, asc, eq, getTableColumns, gte, lte, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import {
  type ExactKey,
  exactInstant,
  newestFirstExact,
  olderThanExact,
} from '../../db/exact-keyset.ts'
import { transactions, users } from '../../db/schema/index.ts'
import { withinTehranDays } from '../../db/tehran-days.ts'

export interface AdminPaymentFilter {
  type?: string
  status?: string
  gateway?: string
  /** The gateway's authority or its reference id, exactly. */
  reference?: string
  minIrr?: number
  maxIrr?: number
  /** Tehran civil days of creation, inclusive. */
  from?: string
  to?: string
  userId?: string
  /** Pending payments created before this: the reconciler's backlog. */
  pendingBefore?: Date
}

/** What refunds (pending or settled) already take back of a payment, per row. */
const refundedIrr = sql<string>`(SELECT coalesce(sum(r.amount), 0) FROM transactions r WHERE r.original_transaction_id = ${transactions.id} AND r.status IN ('pending', 'completed'))`

function adminRows(db: Db) {
  return db
    .select({
      ...getTableColumns(transactions),
      keyAt: exactInstant(transactions.createdAt),
      payerProfile: users.profile,
      refundedIrr,
    })
    .from(transactions)
    .leftJoin(users, eq(users.id, transactions.userId))
}

function conditionsOf(filter: AdminPaymentFilter): (SQL | undefined)[] {
  const t = transactions
  return [
    filter.type ? eq(t.type, filter.type) : undefined,
    filter.status ? eq(t.status, filter.status) : undefined,
    filter.gateway ? eq(t.gateway, filter.gateway) : undefined,
    filter.reference
      ? or(eq(t.authority, filter.reference), eq(t.gatewayReference, filter.reference))
      : undefined,
    filter.minIrr !== undefined ? gte(t.amount, filter.minIrr) : undefined,
    filter.maxIrr !== undefined ? lte(t.amount, filter.maxIrr) : undefined,
    filter.userId ? eq(t.userId, filter.userId) : undefined,
    filter.pendingBefore
      ? and(
          eq(t.type, 'payment'),
          eq(t.status, 'pending'),
          sql`${t.createdAt} < ${filter.pendingBefore.toISOString()}::timestamptz`,
        )
      : undefined,
    ...withinTehranDays(t.createdAt, filter),
  ]
}

/**
 * Payments and refunds under the filters, newest first, keyset on (created_at, id): served by
 * idx_transactions_created_id, idx_transactions_status_created or idx_transactions_user_created,
 * and by uq_transactions_authority / idx_transactions_gateway_reference for a reference
 * (migrations 0400 and 1030). Answers up to `limit` rows.
 */
export function listAdminTransactions(
  db: Db,
  filter: AdminPaymentFilter & { after?: ExactKey; limit: number },
) {
  const { createdAt, id } = transactions
  return adminRows(db)
    .where(
      and(
        ...conditionsOf(filter),
        filter.after ? olderThanExact(createdAt, id, filter.after) : undefined,
      ),
    )
    .orderBy(...newestFirstExact(createdAt, id))
    .limit(filter.limit)
}

export type AdminTransactionRow = Awaited<ReturnType<typeof listAdminTransactions>>[number]

export async function findAdminTransaction(db: Db, id: string) {
  const [row] = await adminRows(db).where(eq(transactions.id, id)).limit(1)
  return row
}

/** The refunds of these payments, oldest first. */
export function findAdminRefundsOf(db: Db, paymentId: string) {
  return adminRows(db)
    .where(and(eq(transactions.originalTransactionId, paymentId), eq(transactions.type, 'refund')))
    .orderBy(asc(transactions.createdAt), asc(transactions.id))
}

/** Every payment (any status) made for an appointment, oldest first. */
export function findAdminPaymentsOfAppointment(db: Db, appointmentId: string) {
  return adminRows(db)
    .where(and(eq(transactions.appointmentId, appointmentId), eq(transactions.type, 'payment')))
    .orderBy(asc(transactions.createdAt), asc(transactions.id))
}
