import type { AdminPayment } from '@yektayar/shared'
import { personNameOf } from '../professionals/person-name.ts'
import type { AdminTransactionRow } from './payment-admin.repository.ts'
import { STALE_AFTER_MS } from './payment-reconciler.ts'

type Row = Omit<AdminTransactionRow, 'keyAt'>

/** Where a pending payment stands with the reconciler; null once it settled either way. */
function reconciliationOf(row: Row, now: Date): AdminPayment['reconciliation'] {
  if (row.type !== 'payment' || row.status !== 'pending') return null
  const createdAt = row.createdAt ?? now
  return {
    pendingSince: createdAt.toISOString(),
    stale: now.getTime() - createdAt.getTime() > STALE_AFTER_MS,
    verifyAttempts: row.verifyAttempts,
    lastVerifyAt: row.lastVerifyAt?.toISOString() ?? null,
    lastVerifyResult: row.lastVerifyResult,
  }
}

/** A payment or refund as the admin sees it: the money, the gateway's trail, the payer's name. */
export function adminPaymentOf(row: Row, now = new Date()): AdminPayment {
  const isRefund = row.type === 'refund'
  return {
    id: row.id,
    type: isRefund ? 'refund' : 'payment',
    status: (row.status ?? 'pending') as AdminPayment['status'],
    amountIrr: row.amount,
    gateway: row.gateway,
    authority: row.authority,
    reference: row.gatewayReference,
    cardPan: row.cardPan,
    payer: row.userId ? { id: row.userId, name: personNameOf(row.payerProfile) } : null,
    appointmentId: row.appointmentId,
    courseId: row.courseId,
    originalTransactionId: row.originalTransactionId,
    note: isRefund ? row.note : null,
    refundedIrr: isRefund ? 0 : Number(row.refundedIrr),
    createdAt: (row.createdAt ?? now).toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    reconciliation: reconciliationOf(row, now),
  }
}

/** What a new refund may still take back of this payment. */
export function refundableOf(payment: AdminPayment): number {
  if (payment.type !== 'payment' || payment.status !== 'completed') return 0
  return Math.max(0, payment.amountIrr - payment.refundedIrr)
}
