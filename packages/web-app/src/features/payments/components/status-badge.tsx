import type { PaymentReceipt } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

const TONES: Record<PaymentReceipt['status'], string> = {
  completed: 'bg-success-soft text-success',
  pending: 'bg-primary-soft text-primary',
  failed: 'bg-danger-soft text-danger',
  refunded: 'bg-surface-muted text-ink',
}

/** A refund's "pending" means requested, not "awaiting confirmation" as for a payment. */
export function StatusBadge({ receipt }: { receipt: Pick<PaymentReceipt, 'status' | 'type'> }) {
  const { t } = useTranslation()
  const labels = receipt.type === 'refund' ? 'refundStatuses' : 'statuses'
  return (
    <span
      className={cx(
        'inline-flex rounded-full px-2.5 py-0.5 text-sm font-semibold',
        TONES[receipt.status],
      )}
    >
      {t(`payments.${labels}.${receipt.status}`)}
    </span>
  )
}
