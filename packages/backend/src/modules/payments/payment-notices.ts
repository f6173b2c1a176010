import type { NotificationEvent } from '../../jobs/notification-event.ts'
import { tellAfterCommit } from '../../jobs/notification-producer.ts'
import type { TransactionRow } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'

/**
 * The payer hears that money arrived or went back: an amount and the receipt's link, never the
 * clinician or what the session was (texts: the notifications module's payment templates).
 */
function moneyNotice(row: TransactionRow, kind: 'receipt' | 'refund'): NotificationEvent | null {
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

/** After a payment was credited; the event key makes a second settling callback tell nobody. */
export function tellPaymentReceived(deps: PaymentDeps, payment: TransactionRow): Promise<void> {
  const notice = moneyNotice(payment, 'receipt')
  return tellAfterCommit(deps.care.jobs, deps.care.log, notice ? [notice] : [])
}

/** After a refund was settled (staff, or the sandbox by itself). */
export function tellRefundSent(deps: PaymentDeps, refund: TransactionRow): Promise<void> {
  const notice = moneyNotice(refund, 'refund')
  return tellAfterCommit(deps.care.jobs, deps.care.log, notice ? [notice] : [])
}
