import { findStalePending } from './payment.repository.ts'
import type { PaymentDeps } from './payment-deps.ts'
import { tellUntold } from './payment-notices.ts'
import { failUnissuedPayment, settlePayment } from './payment-settlement.ts'

/** Older than this, a pending payment is the reconciler's to verify again (every two minutes). */
export const STALE_AFTER_MS = 10 * 60_000

/**
 * Re-verifies pending payments older than ten minutes (the payer never came back, or verify
 * timed out) and settles them exactly as the callback would. Payments without an authority
 * never reached the gateway and fail. Then tells payers of what settled but was never told.
 */
export async function reconcilePayments(deps: PaymentDeps, now = new Date(), limit = 50) {
  const stale = await findStalePending(
    deps.care.db,
    new Date(now.getTime() - STALE_AFTER_MS),
    limit,
  )
  const counts = { checked: stale.length, completed: 0, failed: 0, pending: 0, told: 0 }
  for (const row of stale) {
    try {
      if (!row.authority) {
        if (await failUnissuedPayment(deps.care.db, row.id)) counts.failed++
        continue
      }
      const result = await settlePayment(deps, row.authority, now)
      if (result.status === 'success') counts.completed++
      else if (result.status === 'failed') counts.failed++
      else counts.pending++
    } catch (error) {
      counts.pending++
      deps.care.log.error({ err: error, transactionId: row.id }, 'reconciling a payment failed')
    }
  }
  counts.told = await tellUntold(deps, now)
  return counts
}
