import type { AdminPaymentDetail } from '@yektayar/shared/types'
import { Button, formatDateTime, Money, Notice, useLanguage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useAdminPayment } from '../api/admin-payment.ts'
import { BackLink } from './back-link.tsx'
import { detailFallback } from './detail-fallback.tsx'
import { type Fact, Facts } from './facts.tsx'
import { MoneyPageFrame } from './money-page-frame.tsx'
import { ReconciliationPanel } from './reconciliation-panel.tsx'
import { RefundDialog } from './refund-dialog.tsx'
import { RefundList } from './refund-list.tsx'
import { PaymentStatusBadge } from './status-badge.tsx'

/** One payment (payments.manage): its trail with the gateway, its refunds, refund and verify. */
export function PaymentDetailPage() {
  return (
    <MoneyPageFrame
      section="payment"
      permission="payments.manage"
      back={<BackLink to="/payments" label="money.payment.back" />}
    >
      <PaymentDetail />
    </MoneyPageFrame>
  )
}

function PaymentDetail() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const payment = useAdminPayment(id)
  const [refunding, setRefunding] = useState(false)
  const [refunded, setRefunded] = useState(false)
  const fallback = detailFallback(payment, t('money.payment.notFound'))
  if (fallback || !payment.data) return fallback
  const detail = payment.data
  return (
    <>
      {refunded && (
        <Notice tone="success" onDismiss={() => setRefunded(false)}>
          {t('money.refund.done')}
        </Notice>
      )}
      <section className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5">
        <div className="flex flex-wrap items-center gap-3">
          <Money amountIrr={detail.amountIrr} className="text-2xl font-extrabold text-ink" />
          <span className="text-ink-muted">{t(`money.payments.types.${detail.type}`)}</span>
          <PaymentStatusBadge payment={detail} />
        </div>
        <PaymentFacts detail={detail} />
      </section>
      {detail.reconciliation && (
        <ReconciliationPanel paymentId={detail.id} state={detail.reconciliation} />
      )}
      {detail.type === 'payment' && (
        <section aria-labelledby="refunds-title" className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="refunds-title" className="text-lg font-bold text-ink">
              {t('money.payment.refunds')}
            </h2>
            {detail.refundableIrr > 0 && (
              <Button onClick={() => setRefunding(true)}>{t('money.payment.refund')}</Button>
            )}
          </div>
          <RefundList refunds={detail.refunds} />
        </section>
      )}
      <RefundDialog
        payment={detail}
        open={refunding}
        onClose={() => setRefunding(false)}
        onRefunded={() => {
          setRefunding(false)
          setRefunded(true)
        }}
      />
    </>
  )
}

function PaymentFacts({ detail }: { detail: AdminPaymentDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const none = t('money.none')
  const time = (iso: string | null) =>
    iso ? formatDateTime(iso, language, { style: 'long' }) : none
  const link = (to: string, text: string) => (
    <Link to={to} className="font-medium text-primary hover:underline">
      {text}
    </Link>
  )
  // A refund has no gateway trail of its own and nothing to refund: its payment has.
  const gatewayFacts: Fact[] = [
    { label: t('money.payment.refundedSoFar'), value: <Money amountIrr={detail.refundedIrr} /> },
    { label: t('money.payment.refundable'), value: <Money amountIrr={detail.refundableIrr} /> },
    {
      label: t('money.payment.gateway'),
      value: detail.gateway
        ? t(`money.payments.gateways.${detail.gateway}`, { defaultValue: detail.gateway })
        : none,
    },
    { label: t('money.payment.authority'), value: detail.authority ?? none, dir: 'ltr' },
    { label: t('money.payment.reference'), value: detail.reference ?? none, dir: 'ltr' },
    { label: t('money.payment.card'), value: detail.cardPan ?? none, dir: 'ltr' },
  ]
  const facts: Fact[] = [
    ...(detail.type === 'payment' ? gatewayFacts : []),
    {
      label: t('money.payment.payer'),
      value: detail.payer ? (
        <span className="flex flex-col">
          <span dir="auto" className="self-start">
            {detail.payer.name[language] || detail.payer.name.fa}
          </span>
          {link(`/payments?userId=${detail.payer.id}`, t('money.payment.payerPayments'))}
        </span>
      ) : (
        none
      ),
    },
    { label: t('money.payment.created'), value: time(detail.createdAt) },
    { label: t('money.payment.completed'), value: time(detail.completedAt) },
  ]
  if (detail.appointmentId)
    facts.push({
      label: t('money.payment.appointment'),
      value: link(`/appointments/${detail.appointmentId}`, t('money.payment.openAppointment')),
    })
  if (detail.originalTransactionId)
    facts.push({
      label: t('money.payment.original'),
      value: link(`/payments/${detail.originalTransactionId}`, t('money.payment.openOriginal')),
    })
  if (detail.note) facts.push({ label: t('money.payment.note'), value: detail.note })
  return <Facts facts={facts} />
}
