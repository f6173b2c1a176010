import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

const RECENT = 5

/** Someone's payments and refunds counted, and summed in rials, by type and status. */
export function countPersonTransactions(db: Db, userId: string) {
  return queryRows<{ type: string; status: string; count: number; amount_irr: string | number }>(
    db,
    sql`SELECT coalesce(type, 'payment') AS type, coalesce(status, 'pending') AS status,
        count(*)::int AS count, coalesce(sum(amount), 0) AS amount_irr
      FROM transactions WHERE user_id = ${userId}
      GROUP BY 1, 2 ORDER BY 1, 2`,
  )
}

/** The latest few, newest first: amount, state and the gateway's reference. */
export function findRecentPersonTransactions(db: Db, userId: string) {
  return queryRows<{
    id: string
    type: string | null
    status: string | null
    amount: string | number
    gateway: string | null
    gateway_reference: string | null
    created_at: Date | string
  }>(
    db,
    sql`SELECT id, type, status, amount, gateway, gateway_reference, created_at
      FROM transactions WHERE user_id = ${userId}
      ORDER BY created_at DESC, id DESC LIMIT ${RECENT}`,
  )
}
