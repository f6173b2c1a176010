import type { AdminPayment } from '@yektayar/shared/types'
import { Button, formatDateTime, Money, useLanguage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { SettleDialog } from './settle-dialog.tsx'
import { PaymentStatusBadge } from './status-badge.tsx'

/** A payment's refunds, oldest first, each with its reason; a pending one can be settled. */
export function RefundList({ refunds }: { refunds: AdminPayment[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [settling, setSettling] = useState<AdminPayment | null>(null)
  if (refunds.length === 0) return <p className="text-ink-muted">{t('money.payment.noRefunds')}</p>
  return (
    <>
      <ul className="flex flex-col divide-y divide-line rounded-2xl border border-line">
        {refunds.map((refund) => (
          <li key={refund.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
            <Money amountIrr={refund.amountIrr} className="font-semibold" />
            <PaymentStatusBadge payment={refund} />
            <span className="text-sm text-ink-muted">
              {formatDateTime(refund.createdAt, language, { style: 'long' })}
            </span>
            {refund.note && (
              <span dir="auto" className="basis-full text-sm text-ink">
                {refund.note}
              </span>
            )}
            {refund.status === 'pending' && (
              <Button variant="ghost" onClick={() => setSettling(refund)}>
                {t('money.payment.settle')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <SettleDialog refund={settling} onClose={() => setSettling(null)} />
    </>
  )
}
