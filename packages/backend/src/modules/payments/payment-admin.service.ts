import type { AdminPaymentDetail, AdminPaymentExportQuery } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { decodeExactCursor, type ExactKey, exactPage } from '../../db/exact-keyset.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { keysetCsv } from '../../lib/csv-export.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type AdminPaymentFilter,
  type AdminTransactionRow,
  findAdminPaymentsOfAppointment,
  findAdminRefundsOf,
  findAdminTransaction,
  listAdminTransactions,
} from './payment-admin.repository.ts'
import { PAYMENT_CSV_HEADERS, paymentCsvCells } from './payment-admin-csv.ts'
import { adminPaymentOf, refundableOf } from './payment-admin-view.ts'
import { STALE_AFTER_MS } from './payment-reconciler.ts'

type PaymentFilters = Omit<AdminPaymentExportQuery, 'stale'> & { stale?: boolean }

function repositoryFilter(
  { stale, ...filter }: PaymentFilters,
  now = new Date(),
): AdminPaymentFilter {
  return stale ? { ...filter, pendingBefore: new Date(now.getTime() - STALE_AFTER_MS) } : filter
}

const entryOf = (row: AdminTransactionRow, now: Date) => ({
  payment: adminPaymentOf(row, now),
  key: { at: row.keyAt, id: row.id },
})

/** Every payment and refund under the filters, newest first; for `payments.manage`. */
export async function listPaymentsForAdmin(
  db: Db,
  query: PaymentFilters & { cursor?: string; limit: number },
) {
  const now = new Date()
  const after = query.cursor ? decodeExactCursor(query.cursor) : undefined
  const { cursor: _, limit, ...filters } = query
  const rows = await listAdminTransactions(db, {
    ...repositoryFilter(filters, now),
    after,
    limit: limit + 1,
  })
  const { page, nextCursor } = exactPage(
    rows.map((row) => entryOf(row, now)),
    limit,
  )
  return { items: page.map((entry) => entry.payment), nextCursor }
}

async function detailOf(db: Db, row: AdminTransactionRow, now: Date): Promise<AdminPaymentDetail> {
  const payment = adminPaymentOf(row, now)
  const refunds = payment.type === 'payment' ? await findAdminRefundsOf(db, row.id) : []
  return {
    ...payment,
    refunds: refunds.map((refund) => adminPaymentOf(refund, now)),
    refundableIrr: refundableOf(payment),
  }
}

/** One payment (or refund) with its refunds and what is left to refund. */
export async function paymentForAdmin(db: Db, id: string): Promise<AdminPaymentDetail> {
  const row = await findAdminTransaction(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'no such payment')
  return detailOf(db, row, new Date())
}

/** For the admin's appointment page: its payments (any status), each with its refunds. */
export async function paymentsOfAppointmentForAdmin(db: Db, appointmentId: string) {
  const now = new Date()
  const rows = await findAdminPaymentsOfAppointment(db, appointmentId)
  return Promise.all(rows.map((row) => detailOf(db, row, now)))
}

/**
 * The filtered list as CSV (same filters and order as the list), in keyset batches at flat
 * memory. The export itself is audited, with its filters, before the first byte.
 */
export async function exportPaymentsCsv(
  db: Db,
  actor: AuthContext,
  filter: PaymentFilters,
  meta: RequestMeta,
): Promise<AsyncGenerator<string>> {
  await recordAudit(db, {
    userId: actor.userId,
    action: 'payment.export',
    resource: 'transaction',
    changes: { filters: filter },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  const now = new Date()
  const repository = repositoryFilter(filter, now)
  return keysetCsv({
    headers: PAYMENT_CSV_HEADERS,
    readBatch: async (after: ExactKey | undefined, limit) =>
      (await listAdminTransactions(db, { ...repository, after, limit })).map((row) =>
        entryOf(row, now),
      ),
    keyOf: (entry) => entry.key,
    cells: (entry) => paymentCsvCells(entry.payment),
  })
}
