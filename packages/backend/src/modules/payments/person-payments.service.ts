import type { Db } from '../../db/database.ts'
import {
  countPersonTransactions,
  findRecentPersonTransactions,
} from './person-payments.repository.ts'

/** The admin's person page: payments and refunds by type and status, and the latest five. */
export async function personPaymentSummary(db: Db, userId: string) {
  const [counts, recent] = [
    await countPersonTransactions(db, userId),
    await findRecentPersonTransactions(db, userId),
  ]
  return {
    counts: counts.map((row) => ({
      type: row.type,
      status: row.status,
      count: row.count,
      amountIrr: Number(row.amount_irr),
    })),
    recent: recent.map((row) => ({
      id: row.id,
      type: row.type ?? 'payment',
      status: row.status ?? 'pending',
      amountIrr: Number(row.amount),
      gateway: row.gateway,
      gatewayReference: row.gateway_reference,
      createdAt: new Date(row.created_at).toISOString(),
    })),
  }
}
