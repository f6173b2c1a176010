import type { AdminAppointmentDetail, AdminPaymentDetail } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  formatDateTime,
  formatNumber,
  Money,
  Notice,
  useLanguage,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useAdminAppointment } from '../api/admin-appointment.ts'
import { BackLink } from './back-link.tsx'
import { CancelDialog } from './cancel-dialog.tsx'
import { detailFallback } from './detail-fallback.tsx'
import { type Fact, Facts } from './facts.tsx'
import { MoneyPageFrame } from './money-page-frame.tsx'
import { RefundList } from './refund-list.tsx'
import { AppointmentStatusBadge, PaymentStatusBadge } from './status-badge.tsx'

/** One appointment (appointments.read.any): who, when, how, money; cancel with a refund. */
export function AppointmentDetailPage() {
  return (
    <MoneyPageFrame
      section="appointment"
      permission="appointments.read.any"
      back={<BackLink to="/appointments" label="money.appointment.back" />}
    >
      <AppointmentDetail />
    </MoneyPageFrame>
  )
}

function AppointmentDetail() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const canManage = useSession().data?.permissions.includes('appointments.manage') ?? false
  const appointment = useAdminAppointment(id)
  const [cancelling, setCancelling] = useState(false)
  const [cancelled, setCancelled] = useState(false)
  const fallback = detailFallback(appointment, t('money.appointment.notFound'))
  if (fallback || !appointment.data) return fallback
  const detail = appointment.data
  const { status } = detail.appointment
  const cancellable = canManage && (status === 'pending' || status === 'confirmed')
  return (
    <>
      {cancelled && (
        <Notice tone="success" onDismiss={() => setCancelled(false)}>
          {t('money.cancel.done')}
        </Notice>
      )}
      <section className="flex flex-col gap-4 rounded-2xl border border-line bg-surface p-5">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <AppointmentStatusBadge status={status} />
          {cancellable && (
            <Button variant="danger" onClick={() => setCancelling(true)}>
              {t('money.appointment.cancel')}
            </Button>
          )}
        </div>
        <AppointmentFacts detail={detail} />
        <p className="text-sm text-ink-muted">{t('money.appointment.notesPrivate')}</p>
      </section>
      <section aria-labelledby="payments-title" className="flex flex-col gap-3">
        <h2 id="payments-title" className="text-lg font-bold text-ink">
          {t('money.appointment.payments')}
        </h2>
        {detail.payments === null ? (
          <p className="text-ink-muted">{t('money.appointment.paymentsHidden')}</p>
        ) : detail.payments.length === 0 ? (
          <p className="text-ink-muted">{t('money.appointment.noPayments')}</p>
        ) : (
          detail.payments.map((payment) => <PaymentCard key={payment.id} payment={payment} />)
        )}
      </section>
      <CancelDialog
        detail={detail}
        open={cancelling}
        onClose={() => setCancelling(false)}
        onCancelled={() => {
          setCancelling(false)
          setCancelled(true)
        }}
      />
    </>
  )
}

function AppointmentFacts({ detail: { appointment } }: { detail: AdminAppointmentDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const time = (iso: string) => formatDateTime(iso, language, { style: 'full' })
  const name = (person: typeof appointment.patient) => person.name[language] || person.name.fa
  const facts: Fact[] = [
    { label: t('money.appointments.columns.patient'), value: name(appointment.patient) },
    { label: t('money.appointments.columns.psychologist'), value: name(appointment.psychologist) },
    { label: t('money.appointment.when'), value: time(appointment.startsAt) },
    {
      label: t('money.appointments.mode'),
      value: `${appointment.mode ? t(`money.modes.${appointment.mode}`) : t('money.none')} · ${t('money.appointment.duration', { minutes: formatNumber(appointment.durationMinutes, language) })}`,
    },
    { label: t('money.appointment.price'), value: <Money amountIrr={appointment.priceIrr} /> },
    {
      label: t('money.appointments.status'),
      value: appointment.outcomeRecordedAt
        ? t('money.appointment.outcome', { time: time(appointment.outcomeRecordedAt) })
        : t('money.appointment.noOutcome'),
    },
  ]
  if (appointment.cancelledAt)
    facts.push({
      label: t('money.appointment.cancellation'),
      value: (
        <span className="flex flex-col">
          <span>
            {t('money.appointment.cancelledBy', {
              actor: t(`money.actors.${appointment.cancelledBy ?? 'system'}`),
              time: time(appointment.cancelledAt),
            })}
          </span>
          {appointment.cancelReason && (
            <span dir="auto" className="self-start">
              {t('money.appointment.reason', { reason: appointment.cancelReason })}
            </span>
          )}
        </span>
      ),
    })
  return <Facts facts={facts} />
}

/** One payment of the appointment with its refunds, linking to the payment's own page. */
function PaymentCard({ payment }: { payment: AdminPaymentDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <article className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-center gap-3">
        <Money amountIrr={payment.amountIrr} className="text-lg font-bold text-ink" />
        <PaymentStatusBadge payment={payment} />
        <span className="text-sm text-ink-muted">
          {formatDateTime(payment.createdAt, language, { style: 'long' })}
        </span>
        <Link
          to={`/payments/${payment.id}`}
          className={buttonClasses({ variant: 'ghost', className: 'ms-auto' })}
        >
          {t('money.open')}
        </Link>
      </div>
      <p className="text-sm text-ink-muted">
        {t('money.payment.refundable')}: <Money amountIrr={payment.refundableIrr} />
      </p>
      <RefundList refunds={payment.refunds} />
    </article>
  )
}
