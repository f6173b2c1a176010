import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import {
  announceAppointmentConfirmed,
  confirmAppointmentPayment,
} from '../appointments/appointment-confirmation.ts'
import { enrollAfterPayment } from '../learning/enrollment.service.ts'
import {
  findTransaction,
  insertTransaction,
  recordVerifyAttempt,
  type TransactionRow,
  updateTransaction,
} from './payment.repository.ts'
import { auditTransaction } from './payment-audit.ts'
import type { PaymentDeps } from './payment-deps.ts'
import type { VerifyOutcome } from './payment-gateway.ts'
import { tellPaymentReceived } from './payment-notices.ts'

export type SettleResult =
  | { status: 'success' | 'failed' | 'pending'; transaction: TransactionRow }
  | { status: 'unknown_authority' }

/**
 * Verifies a payment with the gateway (amount from our database), then settles it in one
 * database transaction holding the row lock: whoever locks first credits, everyone else finds
 * it settled. A paid payment whose slot is gone becomes a pending refund instead of lost money.
 * A callback is only a hint: "not paid" from verify fails the payment only once the gateway's
 * inquiry says the payer finished without paying, or the appointment's hold has run out; a
 * failed payment keeps the hold, so the patient may pay again inside it.
 */
export async function settlePayment(
  deps: PaymentDeps,
  authority: string,
  now = new Date(),
): Promise<SettleResult> {
  const db = deps.care.db
  const found = await findTransaction(db, { authority })
  if (found?.type !== 'payment') return { status: 'unknown_authority' }
  if (found.status !== 'pending') return { status: statusOf(found), transaction: found }
  const outcome = await verifyRecorded(deps, found, authority)
  if (outcome.kind === 'unknown' || !(await isSettled(deps, found, outcome, now))) {
    const log = outcome.kind === 'unknown' ? deps.care.log.error : deps.care.log.info
    log.call(
      deps.care.log,
      { transactionId: found.id, outcome },
      'payment not settled; left pending',
    )
    // A concurrent callback may have settled it meanwhile.
    const current = (await findTransaction(db, { id: found.id })) ?? found
    return { status: statusOf(current), transaction: current }
  }
  const settled = await db.transaction(async (tx) => {
    const row = await findTransaction(tx, { id: found.id }, { forUpdate: true })
    if (row?.status !== 'pending') return row
    return outcome.kind === 'paid' ? creditInTx(tx, row, outcome) : failInTx(tx, row, outcome)
  })
  if (!settled) return { status: 'unknown_authority' }
  if (settled.status === 'completed') await tellPaymentReceived(deps, settled)
  if (settled.status === 'completed' && settled.appointmentId) {
    await announceAppointmentConfirmed(deps.care, settled.appointmentId).catch((error) =>
      deps.care.log.error(
        { err: error },
        'announcing a paid appointment failed; the sweeper retries',
      ),
    )
  }
  return { status: statusOf(settled), transaction: settled }
}

/**
 * Asks the gateway and keeps what it said on the row (attempts, when, the result), so the admin's
 * reconciliation view shows why a payment is still pending; a failed call is kept as its code.
 */
async function verifyRecorded(deps: PaymentDeps, row: TransactionRow, authority: string) {
  try {
    const outcome = await deps.gateway.verify({ authority, amountIrr: row.amount })
    await recordVerifyAttempt(deps.care.db, row.id, outcome.kind === 'paid' ? 'paid' : outcome.code)
    return outcome
  } catch (error) {
    await recordVerifyAttempt(
      deps.care.db,
      row.id,
      error instanceof AppError ? error.code : 'error',
    )
    throw error
  }
}

/**
 * Whether a verify outcome is final. "Not paid" (-51) is also what verify says while the payer
 * is still on the bank's page, so a forged or early callback must not fail the payment: the
 * gateway's inquiry decides, and past the hold nobody can still be paying.
 */
async function isSettled(
  deps: PaymentDeps,
  row: TransactionRow,
  outcome: Exclude<VerifyOutcome, { kind: 'unknown' }>,
  now: Date,
): Promise<boolean> {
  if (outcome.kind === 'paid' || outcome.code !== 'PAYMENT_NOT_PAID') return true
  const createdAt = row.createdAt?.getTime() ?? 0
  const heldMinutes = row.metadata?.holdMinutes
  const holdMinutes = typeof heldMinutes === 'number' ? heldMinutes : deps.care.care.holdMinutes
  const holdEndsAt = createdAt + holdMinutes * 60_000
  if (now.getTime() >= holdEndsAt) return true
  return (await deps.gateway.inquire(row.authority ?? '')) === 'failed'
}

/**
 * A payment left without an authority (the process stopped between our insert and the gateway's
 * answer) can never be verified: it fails. The hold stands, as after a refused request, so the
 * patient may still pay; it expires on its own otherwise.
 */
export async function failUnissuedPayment(db: Db, id: string) {
  return db.transaction(async (tx) => {
    const row = await findTransaction(tx, { id }, { forUpdate: true })
    if (row?.status !== 'pending' || row.authority) return undefined
    return failPendingPayment(tx, row.id, 'no_authority')
  })
}

/** Marks a pending payment that never reached verification failed, with its audit row. */
export async function failPendingPayment(tx: Db, id: string, reason: string) {
  const failed = await updateTransaction(tx, id, { status: 'failed' })
  if (failed) await auditTransaction(tx, failed, 'failed', { from: 'pending', detail: { reason } })
  return failed
}

function statusOf(row: TransactionRow): 'success' | 'failed' | 'pending' {
  if (row.status === 'completed' || row.status === 'refunded') return 'success'
  return row.status === 'pending' ? 'pending' : 'failed'
}

async function creditInTx(
  tx: Db,
  row: TransactionRow,
  paid: Extract<VerifyOutcome, { kind: 'paid' }>,
): Promise<TransactionRow> {
  const completed = await updateTransaction(tx, row.id, {
    status: 'completed',
    gatewayReference: paid.refId,
    cardPan: paid.cardPan ?? null,
    feeIrr: paid.feeIrr ?? null,
    completedAt: new Date(),
  })
  if (!completed) throw new Error('transaction vanished under its lock')
  await auditTransaction(tx, completed, 'completed', {
    from: 'pending',
    detail: { reference: paid.refId, alreadyVerified: paid.alreadyVerified },
  })
  if (completed.courseId && completed.userId) {
    await enrollAfterPayment(tx, { userId: completed.userId, courseId: completed.courseId })
  }
  if (!completed.appointmentId) return completed
  const confirmation = await confirmAppointmentPayment(tx, completed.appointmentId)
  if (!confirmation.ok) await refundLostSlot(tx, completed, confirmation.reason)
  return completed
}

async function refundLostSlot(tx: Db, payment: TransactionRow, reason: string) {
  const refund = await insertTransaction(tx, {
    userId: payment.userId,
    amount: payment.amount,
    currency: 'IRR',
    type: 'refund',
    status: 'pending',
    appointmentId: payment.appointmentId,
    originalTransactionId: payment.id,
    note: `automatic: appointment ${reason}`,
    metadata: { appointmentId: payment.appointmentId, reason },
  })
  await auditTransaction(tx, refund, 'created', { actorId: null, detail: { reason } })
}

async function failInTx(
  tx: Db,
  row: TransactionRow,
  failed: Extract<VerifyOutcome, { kind: 'failed' }>,
): Promise<TransactionRow> {
  const updated = await updateTransaction(tx, row.id, { status: 'failed' })
  if (!updated) throw new Error('transaction vanished under its lock')
  await auditTransaction(tx, updated, 'failed', {
    from: 'pending',
    detail: { code: failed.code, gatewayCode: failed.gatewayCode ?? null },
  })
  // The hold stands until it runs out (the hold sweeper releases it): the patient may retry.
  return updated
}
