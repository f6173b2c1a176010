import type { PaymentReceipt } from '@yektayar/shared/types'
import { cx, DateTimeText, Money, useTranslation } from '@yektayar/ui'
import { StatusBadge } from './status-badge.tsx'

/**
 * A refund as two steps the patient can follow: requested (with its date), then sent back
 * (with its date), or what it is waiting for: the gateway by itself, or our staff.
 */
export function RefundTimeline({ refund }: { refund: PaymentReceipt }) {
  const { t } = useTranslation()
  const sent = refund.status === 'completed' || refund.status === 'refunded'
  const waiting =
    refund.refundSettlement === 'staff'
      ? t('payments.refund.awaitingStaff')
      : t('payments.refund.awaitingAutomatic')
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Money amountIrr={refund.amountIrr} className="font-bold text-ink" />
        <StatusBadge receipt={refund} />
      </div>
      <ol className="flex flex-col gap-3 border-s-2 border-line ps-4">
        <Step done title={t('payments.refund.requested')} at={refund.createdAt} />
        {refund.status === 'failed' ? (
          <Step done={false} title={t('payments.refund.failed')} />
        ) : (
          <Step
            done={sent}
            title={t('payments.refund.sent')}
            at={sent ? (refund.completedAt ?? undefined) : undefined}
            note={sent ? t('payments.refund.arrives') : waiting}
          />
        )}
      </ol>
    </div>
  )
}

interface StepProps {
  done: boolean
  title: string
  at?: string
  note?: string
}

function Step({ done, title, at, note }: StepProps) {
  return (
    <li className="relative flex flex-col gap-0.5">
      <span
        aria-hidden
        className={cx(
          'absolute -start-[1.4rem] top-1.5 size-3 rounded-full border-2',
          done ? 'border-success bg-success' : 'border-line-strong bg-surface',
        )}
      />
      <span className={cx('font-semibold', done ? 'text-ink' : 'text-ink-muted')}>{title}</span>
      {at && <DateTimeText value={at} style="long" className="text-sm text-ink-muted" />}
      {note && <span className="text-sm text-ink-muted">{note}</span>}
    </li>
  )
}
