import type { PaymentReceipt } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { listUserTransactions, type TransactionRow } from './payment.repository.ts'

export function receiptOf(row: TransactionRow): PaymentReceipt {
  return {
    id: row.id,
    type: row.type === 'refund' ? 'refund' : 'payment',
    status: (row.status ?? 'pending') as PaymentReceipt['status'],
    amountIrr: row.amount,
    appointmentId: row.appointmentId,
    originalTransactionId: row.originalTransactionId,
    reference: row.gatewayReference,
    cardPan: row.cardPan,
    createdAt: (row.createdAt ?? new Date(0)).toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  }
}

/** The payer's own payments and refunds, newest first, keyset-paginated. */
export async function paymentHistory(
  db: Db,
  userId: string,
  query: { cursor?: string; limit: number },
) {
  const before = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listUserTransactions(db, { userId, before, limit: query.limit })
  const page = rows.slice(0, query.limit)
  const last = page.at(-1)
  const nextCursor =
    rows.length > query.limit && last?.createdAt ? encodeCursor(last.createdAt, last.id) : null
  return { items: page.map(receiptOf), nextCursor }
}
