import type { AdminPayment, AppointmentStatus } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

// Each tone pairs a soft background with its own ink, which keeps AA contrast in both themes.
const TONE = {
  info: 'bg-primary-soft text-primary',
  good: 'bg-success-soft text-success',
  bad: 'bg-danger-soft text-danger',
  warn: 'bg-accent-soft text-ink',
  muted: 'bg-surface-muted text-ink-muted',
}

const APPOINTMENT_TONES: Record<AppointmentStatus, string> = {
  pending: TONE.warn,
  confirmed: TONE.info,
  completed: TONE.good,
  cancelled: TONE.muted,
  no_show: TONE.bad,
}

const PAYMENT_TONES: Record<AdminPayment['status'], string> = {
  pending: TONE.warn,
  completed: TONE.good,
  failed: TONE.bad,
  refunded: TONE.muted,
}

function Badge({ tone, children }: { tone: string; children: string }) {
  return (
    <span
      className={cx(
        'inline-flex w-fit shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold',
        tone,
      )}
    >
      {children}
    </span>
  )
}

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation()
  return <Badge tone={APPOINTMENT_TONES[status]}>{t(`money.statuses.${status}`)}</Badge>
}

/** A payment's status, and "overdue" beside a pending one the reconciler should have settled. */
export function PaymentStatusBadge({ payment }: { payment: AdminPayment }) {
  const { t } = useTranslation()
  return (
    <span className="flex flex-wrap gap-1">
      <Badge tone={PAYMENT_TONES[payment.status]}>
        {t(`money.payments.statuses.${payment.status}`)}
      </Badge>
      {payment.reconciliation?.stale && (
        <Badge tone={TONE.bad}>{t('money.payments.staleBadge')}</Badge>
      )}
    </span>
  )
}
