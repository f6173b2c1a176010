import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AppointmentCancelledEvent } from '../appointments/appointment-hooks.ts'
import {
  findLivePayment,
  findTransaction,
  insertTransaction,
  refundedSoFar,
  updateTransaction,
} from './payment.repository.ts'
import { auditTransaction } from './payment-audit.ts'

/**
 * A pending refund of (part of) a completed payment. The payment row is locked while the
 * refunds so far are summed, so two admins cannot together refund more than was paid.
 */
export async function createRefund(
  db: Db,
  input: { paymentId: string; amountIrr: number; note: string; actorId: string | null },
) {
  return db.transaction(async (tx) => {
    const payment = await findTransaction(tx, { id: input.paymentId }, { forUpdate: true })
    if (!payment) throw new AppError('NOT_FOUND', 'no such payment')
    if (payment.type !== 'payment' || payment.status !== 'completed') {
      throw new AppError('REFUND_NOT_ALLOWED', 'only completed payments are refunded')
    }
    const left = payment.amount - (await refundedSoFar(tx, payment.id))
    if (input.amountIrr > left) {
      throw new AppError('REFUND_EXCEEDS_PAYMENT', `at most ${left} rials are left`)
    }
    const refund = await insertTransaction(tx, {
      userId: payment.userId,
      amount: input.amountIrr,
      currency: 'IRR',
      type: 'refund',
      status: 'pending',
      appointmentId: payment.appointmentId,
      originalTransactionId: payment.id,
      note: input.note,
      metadata: { appointmentId: payment.appointmentId, requestedBy: input.actorId },
    })
    await auditTransaction(tx, refund, 'created', {
      actorId: input.actorId,
      detail: { note: input.note },
    })
    return refund
  })
}

/** An admin records that the money went back (bank transfer or gateway), with a note. */
export async function settleRefund(
  db: Db,
  input: { refundId: string; note: string; actorId: string },
) {
  return db.transaction(async (tx) => {
    const refund = await findTransaction(tx, { id: input.refundId }, { forUpdate: true })
    if (!refund) throw new AppError('NOT_FOUND', 'no such refund')
    if (refund.type !== 'refund' || refund.status !== 'pending') {
      throw new AppError('REFUND_NOT_ALLOWED', 'only pending refunds are settled')
    }
    const note = refund.note ? `${refund.note}\n${input.note}` : input.note
    const settled = await updateTransaction(tx, refund.id, {
      status: 'completed',
      completedAt: new Date(),
      note,
    })
    if (!settled) throw new AppError('NOT_FOUND', 'refund vanished')
    await auditTransaction(tx, settled, 'settled', {
      actorId: input.actorId,
      from: 'pending',
      detail: { note: input.note },
    })
    return settled
  })
}

/**
 * Registered with the appointments module's cancel hook: a refundable cancellation of a paid
 * appointment (free-cancel window, or the clinic's side) creates a pending refund of what is
 * left of the payment, inside the cancelling transaction.
 */
export async function refundOnCancellation(tx: Db, event: AppointmentCancelledEvent) {
  if (!event.refundable) return
  const payment = await findLivePayment(tx, event.appointmentId)
  if (payment?.status !== 'completed') return
  const locked = await findTransaction(tx, { id: payment.id }, { forUpdate: true })
  if (locked?.status !== 'completed') return
  const left = locked.amount - (await refundedSoFar(tx, locked.id))
  if (left <= 0) return
  const refund = await insertTransaction(tx, {
    userId: locked.userId,
    amount: left,
    currency: 'IRR',
    type: 'refund',
    status: 'pending',
    appointmentId: locked.appointmentId,
    originalTransactionId: locked.id,
    note: `automatic: cancelled by ${event.cancelledBy}`,
    metadata: { appointmentId: locked.appointmentId, reason: 'cancellation' },
  })
  await auditTransaction(tx, refund, 'created', {
    actorId: null,
    detail: { reason: 'cancellation' },
  })
}
