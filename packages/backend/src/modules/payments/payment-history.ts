import type { PaymentReceipt, PaymentReceiptDetail, ReceiptAppointment } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { personNameOf } from '../professionals/person-name.ts'
import {
  findAppointmentSummaries,
  findRefundsOf,
  findTransaction,
  listUserTransactions,
  type TransactionRow,
} from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'

/** Receipts of these rows, each with the session it paid for, in the rows' order. */
async function receiptsOf(deps: PaymentDeps, rows: TransactionRow[]): Promise<PaymentReceipt[]> {
  const ids = [...new Set(rows.flatMap((row) => (row.appointmentId ? [row.appointmentId] : [])))]
  const summaries = new Map<string, ReceiptAppointment>()
  for (const found of await findAppointmentSummaries(deps.care.db, ids)) {
    summaries.set(found.id, {
      psychologistName: personNameOf(found.psychologistProfile),
      sessionTypeName:
        found.sessionTypeFa === null
          ? null
          : { fa: found.sessionTypeFa, en: found.sessionTypeEn ?? found.sessionTypeFa },
      startsAt: found.scheduledAt.toISOString(),
      durationMinutes: found.durationMinutes ?? 60,
    })
  }
  return rows.map((row) => receiptOf(row, summaries, deps.gateway.refunds))
}

export async function receiptOfRow(deps: PaymentDeps, row: TransactionRow) {
  const [receipt] = await receiptsOf(deps, [row])
  if (!receipt) throw new Error('a receipt of one row is one receipt')
  return receipt
}

function receiptOf(
  row: TransactionRow,
  summaries: Map<string, ReceiptAppointment>,
  refunds: 'automatic' | 'staff',
): PaymentReceipt {
  const isRefund = row.type === 'refund'
  return {
    id: row.id,
    type: isRefund ? 'refund' : 'payment',
    status: (row.status ?? 'pending') as PaymentReceipt['status'],
    amountIrr: row.amount,
    appointmentId: row.appointmentId,
    courseId: row.courseId,
    originalTransactionId: row.originalTransactionId,
    reference: row.gatewayReference,
    cardPan: row.cardPan,
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    appointment: (row.appointmentId && summaries.get(row.appointmentId)) || null,
    refundSettlement: isRefund ? refunds : null,
  }
}

/** The payer's own payments and refunds, newest first, keyset-paginated. */
export async function paymentHistory(
  deps: PaymentDeps,
  userId: string,
  query: { cursor?: string; limit: number },
) {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listUserTransactions(deps.care.db, { userId, before, limit: query.limit })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last?.createdAt ? encodeCursor(last.createdAt, last.id) : null
  return { items: await receiptsOf(deps, page), nextCursor }
}

/** One of the payer's own receipts with its refunds; someone else's answers like a missing one. */
export async function paymentReceiptDetail(
  deps: PaymentDeps,
  userId: string,
  id: string,
): Promise<PaymentReceiptDetail> {
  const row = await findTransaction(deps.care.db, { id })
  if (!row || row.userId !== userId) throw new AppError('NOT_FOUND', 'no such receipt')
  const refunds = row.type === 'payment' ? await findRefundsOf(deps.care.db, row.id) : []
  const [receipt, ...refundReceipts] = await receiptsOf(deps, [row, ...refunds])
  if (!receipt) throw new Error('a receipt of one row is one receipt')
  return { ...receipt, refunds: refundReceipts }
}
