import { type NotificationEvent, queueNotification } from '../../jobs/notification-event.ts'
import type { TransactionRow } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { findUntold, markNoticeQueued } from './payment-notice.repository.ts'

type MoneyMoved = 'receipt' | 'refund'

/**
 * The payer hears that money arrived or went back: an amount and the receipt's link, never the
 * clinician or what the session was (texts: the notifications module's payment templates).
 */
function moneyNotice(row: TransactionRow, kind: MoneyMoved): NotificationEvent | null {
  if (!row.userId) return null
  return {
    eventKey: `payment:${row.id}:${kind}`,
    recipientId: row.userId,
    category: kind === 'receipt' ? 'payment_receipt' : 'payment_refund',
    templateKey: `payment.${kind}`,
    params: { transactionId: row.id, amountIrr: row.amount },
    // A refund is shown on the receipt of the payment it returns.
    link: `/payments/${row.originalTransactionId ?? row.id}`,
  }
}

/**
 * Queues the notice of a settled transaction and records that it did. A failure is logged, not
 * thrown: the money moved regardless, and the reconciler tells what is still untold. The event
 * key makes a second settling callback, or the reconciler after a slow queue, tell nobody twice.
 */
async function tellMoneyMoved(deps: PaymentDeps, row: TransactionRow, kind: MoneyMoved) {
  const { jobs, db, log } = deps.care
  if (!jobs) return
  try {
    const notice = moneyNotice(row, kind)
    if (notice) await queueNotification(jobs, notice)
    await markNoticeQueued(db, row.id)
  } catch (error) {
    log.error({ err: error, transactionId: row.id }, 'could not queue a payment notice; retried')
  }
}

/** After a payment was credited. */
export function tellPaymentReceived(deps: PaymentDeps, payment: TransactionRow): Promise<void> {
  return tellMoneyMoved(deps, payment, 'receipt')
}

/** After a refund was settled (staff, or the sandbox by itself). */
export function tellRefundSent(deps: PaymentDeps, refund: TransactionRow): Promise<void> {
  return tellMoneyMoved(deps, refund, 'refund')
}

/** Notices still untold a while after their settlement are queued by the reconciler. */
const TELL_AFTER_MS = 2 * 60_000

/** The reconciler's share: tells what a crash or a failed queue left untold. */
export async function tellUntold(deps: PaymentDeps, now = new Date(), limit = 100) {
  const untold = await findUntold(deps.care.db, new Date(now.getTime() - TELL_AFTER_MS), limit)
  for (const row of untold) {
    await tellMoneyMoved(deps, row, row.type === 'refund' ? 'refund' : 'receipt')
  }
  return untold.length
}
