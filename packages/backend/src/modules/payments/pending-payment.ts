import { TransactionRollbackError } from 'drizzle-orm'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import {
  findPayerContact,
  insertPendingPayment,
  type TransactionRow,
  updateTransaction,
} from './payment.repository.ts'
import { auditTransaction } from './payment-audit.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { failPendingPayment } from './payment-settlement.ts'

export interface PendingPaymentRequest {
  /** What is paid for and how much (from our database); the rest is set here. */
  values: {
    userId: string
    amount: number
    appointmentId?: string
    courseId?: string
    metadata: Record<string, unknown>
  }
  /** The live payment a concurrent initiate inserted first (the unique indexes allow one). */
  findExisting: () => Promise<TransactionRow | undefined>
}

/**
 * A new pending payment, audited, with the gateway's authority; or, when another tab inserted
 * one for the same thing first (a unique violation), that one.
 */
export async function openPendingPayment(
  deps: PaymentDeps,
  request: PendingPaymentRequest,
): Promise<TransactionRow> {
  const row = await deps.care.db
    .transaction(async (tx) => {
      const created = await insertPendingPayment(tx, {
        ...request.values,
        // The hold in force when paying began: an admin shortening it meanwhile must not end
        // this payer's time on the bank's page (payment-settlement.ts, isSettled).
        metadata: { ...request.values.metadata, holdMinutes: deps.care.care.holdMinutes },
        currency: 'IRR',
        type: 'payment',
        status: 'pending',
        gateway: deps.gateway.name,
      })
      // End this transaction (the failed insert aborted it) and answer theirs.
      if (created instanceof Conflict) return tx.rollback()
      await auditTransaction(tx, created, 'created', { from: null })
      return created
    })
    .catch((error: unknown) => {
      if (error instanceof TransactionRollbackError) return undefined
      throw error
    })
  if (!row) {
    const other = await request.findExisting()
    if (!other) throw new AppError('PAYMENT_IN_PROGRESS', 'concurrent initiate')
    return other
  }
  return requestAuthority(deps, row)
}

function descriptionOf(row: TransactionRow): string {
  return row.courseId
    ? `YektaYar course ${row.courseId}`
    : `YektaYar appointment ${row.appointmentId}`
}

async function requestAuthority(deps: PaymentDeps, row: TransactionRow): Promise<TransactionRow> {
  const db = deps.care.db
  try {
    const contact = row.userId ? await findPayerContact(db, row.userId) : {}
    const { authority } = await deps.gateway.request({
      ...contact,
      amountIrr: row.amount,
      description: descriptionOf(row),
      callbackUrl: `${deps.publicUrl}/api/v1/payments/verify`,
      orderId: row.id,
    })
    const metadata = { ...row.metadata, authority }
    return (await updateTransaction(db, row.id, { authority, metadata })) ?? row
  } catch (error) {
    await db.transaction((tx) => failPendingPayment(tx, row.id, 'request_refused'))
    throw error
  }
}

export function answerOf(deps: PaymentDeps, row: TransactionRow) {
  if (!row.authority) throw new AppError('PAYMENT_IN_PROGRESS', 'authority not issued yet')
  return { transactionId: row.id, redirectUrl: deps.gateway.startPayUrl(row.authority) }
}
