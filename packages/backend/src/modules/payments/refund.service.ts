import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AppointmentCancelledEvent } from '../appointments/appointment-hooks.ts'
import {
  findDuePendingRefunds,
  findLivePayment,
  findTransaction,
  insertTransaction,
  refundedSoFar,
  type TransactionRow,
  updateTransaction,
} from './payment.repository.ts'
import { auditTransaction } from './payment-audit.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { tellRefundSent } from './payment-notices.ts'

export interface RefundRequest {
  amountIrr: number
  note: string
  actorId: string | null
  meta?: { ip?: string; userAgent?: string }
}

/**
 * A pending refund of (part of) a completed payment. The payment row is locked while the
 * refunds so far are summed, so two admins cannot together refund more than was paid.
 */
export async function createRefund(db: Db, input: RefundRequest & { paymentId: string }) {
  return db.transaction(async (tx) => {
    const payment = await findTransaction(tx, { id: input.paymentId }, { forUpdate: true })
    if (!payment) throw new AppError('NOT_FOUND', 'no such payment')
    return refundLocked(tx, payment, input)
  })
}

/**
 * The refund itself, under the payment's row lock (taken by the caller): only a completed
 * payment, never more than what pending and settled refunds have left of it.
 */
async function refundLocked(tx: Db, payment: TransactionRow, input: RefundRequest) {
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
    courseId: payment.courseId,
    originalTransactionId: payment.id,
    note: input.note,
    metadata: { appointmentId: payment.appointmentId, requestedBy: input.actorId },
  })
  await auditTransaction(tx, refund, 'created', {
    actorId: input.actorId,
    detail: { note: input.note },
    meta: input.meta,
  })
  return refund
}

/**
 * Records that the money went back (staff after a bank transfer or the gateway's refund, or the
 * sandbox by itself: `actorId` null), then tells the patient once the transaction committed.
 */
export async function settleRefund(
  deps: PaymentDeps,
  input: {
    refundId: string
    note: string
    actorId: string | null
    meta?: { ip?: string; userAgent?: string }
  },
) {
  const settled = await deps.care.db.transaction(async (tx) => {
    const refund = await findTransaction(tx, { id: input.refundId }, { forUpdate: true })
    if (!refund) throw new AppError('NOT_FOUND', 'no such refund')
    if (refund.type !== 'refund' || refund.status !== 'pending') {
      throw new AppError('REFUND_NOT_ALLOWED', 'only pending refunds are settled')
    }
    const note = refund.note ? `${refund.note}\n${input.note}` : input.note
    const updated = await updateTransaction(tx, refund.id, {
      status: 'completed',
      completedAt: new Date(),
      note,
    })
    if (!updated) throw new AppError('NOT_FOUND', 'refund vanished')
    await auditTransaction(tx, updated, 'settled', {
      actorId: input.actorId,
      from: 'pending',
      detail: { note: input.note },
      meta: input.meta,
    })
    await markFullyRefunded(tx, updated, input.actorId)
    return updated
  })
  await tellRefundSent(deps, settled)
  return settled
}

/** Once settled refunds add up to the whole payment, the payment itself reads "refunded". */
async function markFullyRefunded(tx: Db, refund: TransactionRow, actorId: string | null) {
  if (!refund.originalTransactionId) return
  const payment = await findTransaction(
    tx,
    { id: refund.originalTransactionId },
    { forUpdate: true },
  )
  if (payment?.status !== 'completed') return
  if ((await refundedSoFar(tx, payment.id, ['completed'])) < payment.amount) return
  const refunded = await updateTransaction(tx, payment.id, { status: 'refunded' })
  if (refunded) await auditTransaction(tx, refunded, 'refunded', { actorId, from: 'completed' })
}

/**
 * The sandbox gateway pays refunds back by itself: every pending refund requested more than
 * `sandboxRefundDelayMs` ago is settled, as staff would settle a Zarinpal one. Answers how many.
 */
export async function settleDueSandboxRefunds(deps: PaymentDeps, now = new Date(), limit = 50) {
  if (deps.gateway.refunds !== 'automatic') return 0
  const requestedBefore = new Date(now.getTime() - deps.sandboxRefundDelayMs)
  let settled = 0
  for (const { id } of await findDuePendingRefunds(deps.care.db, requestedBefore, limit)) {
    try {
      await settleRefund(deps, { refundId: id, note: 'sandbox: paid back', actorId: null })
      settled++
    } catch (error) {
      // Settled meanwhile by staff or another instance: nothing left to do.
      if (!(error instanceof AppError)) throw error
    }
  }
  return settled
}

/**
 * Registered with the appointments module's cancel hook: a refundable cancellation of a paid
 * appointment (free-cancel window, or the clinic's side) creates a pending refund of what is
 * left of the payment, inside the cancelling transaction. An admin's chosen refund replaces
 * that: exactly the amount chosen (none for 0), refused like any refund past what is left.
 */
export async function refundOnCancellation(tx: Db, event: AppointmentCancelledEvent) {
  const chosen = event.chosenRefund
  if (chosen) {
    if (chosen.amountIrr === 0) return
    const payment = await findLivePayment(tx, event.appointmentId)
    const locked = payment && (await findTransaction(tx, { id: payment.id }, { forUpdate: true }))
    if (!locked) throw new AppError('REFUND_NOT_ALLOWED', 'the appointment was not paid')
    const meta = { ip: chosen.ip, userAgent: chosen.userAgent }
    await refundLocked(tx, locked, { ...chosen, meta })
    return
  }
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
