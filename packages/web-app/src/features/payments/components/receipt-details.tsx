import type { PaymentReceipt } from '@yektayar/shared/types'
import {
  cx,
  DateTimeText,
  formatNumber,
  localizeDigits,
  Money,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import { nameIn, usePersonName } from '../../../shared/person-name.ts'
import { StatusBadge } from './status-badge.tsx'

export interface ReceiptDetailsProps {
  receipt: PaymentReceipt
  className?: string
}

/**
 * What a receipt shows: the session (psychologist, type, Jalali time), the amount in toman,
 * the date, the bank's reference, the masked card and the status.
 */
export function ReceiptDetails({ receipt, className }: ReceiptDetailsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const personName = usePersonName()
  const none = t('payments.receipt.none')
  const session = receipt.appointment
  return (
    <dl className={cx('grid grid-cols-[auto_1fr] gap-x-6 gap-y-2', className)}>
      {session && (
        <>
          <Row term={t('payments.receipt.psychologist')}>
            {personName(session.psychologistName)}
          </Row>
          <Row term={t('payments.receipt.session')}>
            {session.sessionTypeName
              ? t('payments.receipt.typeAndMinutes', {
                  type: nameIn(session.sessionTypeName, language),
                  minutes: formatNumber(session.durationMinutes, language),
                })
              : t('payments.receipt.minutes', {
                  minutes: formatNumber(session.durationMinutes, language),
                })}
          </Row>
          <Row term={t('payments.receipt.sessionTime')}>
            <DateTimeText value={session.startsAt} style="long" />
          </Row>
        </>
      )}
      <Row term={t('payments.receipt.amount')}>
        <Money amountIrr={receipt.amountIrr} className="font-bold" />
      </Row>
      <Row term={t('payments.receipt.date')}>
        <DateTimeText value={receipt.completedAt ?? receipt.createdAt} style="long" />
      </Row>
      {receipt.type === 'payment' && (
        <>
          {/* Codes read left to right in every language; digits stay Latin to be copied exactly. */}
          <Row term={t('payments.receipt.reference')}>
            <span dir="ltr" className="font-mono">
              {receipt.reference ?? none}
            </span>
          </Row>
          <Row term={t('payments.receipt.card')}>
            <span dir="ltr">
              {receipt.cardPan ? localizeDigits(receipt.cardPan, language) : none}
            </span>
          </Row>
        </>
      )}
      <Row term={t('payments.receipt.status')}>
        <StatusBadge receipt={receipt} />
      </Row>
    </dl>
  )
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-ink-muted">{term}</dt>
      <dd className="text-ink">{children}</dd>
    </>
  )
}
