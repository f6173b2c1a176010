import type { PaymentReceipt } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

const TONES: Record<PaymentReceipt['status'], string> = {
  completed: 'bg-success-soft text-success',
  pending: 'bg-primary-soft text-primary',
  failed: 'bg-danger-soft text-danger',
  refunded: 'bg-surface-muted text-ink',
}

export function StatusBadge({ status }: { status: PaymentReceipt['status'] }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx('inline-flex rounded-full px-2.5 py-0.5 text-sm font-semibold', TONES[status])}
    >
      {t(`payments.statuses.${status}`)}
    </span>
  )
}
