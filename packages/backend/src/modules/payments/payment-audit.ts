import type { Db } from '../../db/database.ts'
import { recordAudit } from '../audit/audit.service.ts'
import type { TransactionRow } from './payment.repository.ts'

/** One audit row per state change of a transaction (`payment.completed`, `refund.created`, …). */
export async function auditTransaction(
  db: Db,
  row: TransactionRow,
  event: string,
  extra: {
    actorId?: string | null
    from?: string | null
    detail?: Record<string, unknown>
    /** The staff member's address and browser, when a person (not a sweep) made the change. */
    meta?: { ip?: string; userAgent?: string }
  } = {},
): Promise<void> {
  await recordAudit(db, {
    userId: extra.actorId === undefined ? row.userId : extra.actorId,
    action: `${row.type ?? 'transaction'}.${event}`,
    resource: 'transaction',
    resourceId: row.id,
    changes: {
      from: extra.from ?? null,
      to: row.status,
      amountIrr: row.amount,
      appointmentId: row.appointmentId,
      ...extra.detail,
    },
    ip: extra.meta?.ip,
    userAgent: extra.meta?.userAgent,
  })
}
