import type { PaymentReceipt } from '@yektayar/shared/types'
import { cx, DateTimeText, localizeDigits, Money, useLanguage, useTranslation } from '@yektayar/ui'
import { StatusBadge } from './status-badge.tsx'

export interface ReceiptDetailsProps {
  receipt: PaymentReceipt
  className?: string
}

/** Amount in toman, date, the bank's reference and the masked card: what a receipt shows. */
export function ReceiptDetails({ receipt, className }: ReceiptDetailsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const none = t('payments.receipt.none')
  return (
    <dl className={cx('grid grid-cols-[auto_1fr] gap-x-6 gap-y-2', className)}>
      <dt className="text-ink-muted">{t('payments.receipt.amount')}</dt>
      <dd className="font-bold text-ink">
        <Money amountIrr={receipt.amountIrr} />
      </dd>
      <dt className="text-ink-muted">{t('payments.receipt.date')}</dt>
      <dd className="text-ink">
        <DateTimeText value={receipt.completedAt ?? receipt.createdAt} style="long" />
      </dd>
      <dt className="text-ink-muted">{t('payments.receipt.reference')}</dt>
      {/* Codes read left to right in every language; digits stay Latin to be copied exactly. */}
      <dd className="text-ink">
        <span dir="ltr" className="font-mono">
          {receipt.reference ?? none}
        </span>
      </dd>
      <dt className="text-ink-muted">{t('payments.receipt.card')}</dt>
      <dd className="text-ink">
        <span dir="ltr">{receipt.cardPan ? localizeDigits(receipt.cardPan, language) : none}</span>
      </dd>
      <dt className="text-ink-muted">{t('payments.receipt.status')}</dt>
      <dd>
        <StatusBadge status={receipt.status} />
      </dd>
    </dl>
  )
}
