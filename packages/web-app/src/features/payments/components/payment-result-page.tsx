import type { AppointmentView, PaymentReceipt } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  Card,
  cx,
  DateTimeText,
  ErrorState,
  Icon,
  LoadingState,
  Spinner,
  useSession,
  useTranslation,
} from '@yektayar/ui'
import { Link, useSearchParams } from 'react-router'
import { redirectToGateway } from '../../../shared/payments/gateway-redirect.ts'
import { useInitiatePayment } from '../../../shared/payments/initiate-payment.ts'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useNow } from '../../../shared/use-now.ts'
import { useAppointment } from '../api/appointment.ts'
import { PENDING_POLLS, useReceipt, useReceiptAnswers } from '../api/receipt.ts'
import { outcomeFromQuery, outcomeOf, type PaymentOutcome } from '../payment-outcome.ts'
import { ReceiptDetails } from './receipt-details.tsx'

const ICONS: Record<PaymentOutcome, string> = {
  success: 'M5 12.5l4.5 4.5L19 7.5',
  failed: 'M6 6l12 12M18 6 6 18',
  pending: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 2',
}
const TONES: Record<PaymentOutcome, string> = {
  success: 'bg-success-soft text-success',
  failed: 'bg-danger-soft text-danger',
  pending: 'bg-primary-soft text-primary',
}

/**
 * Where the gateway sends the browser back: /payments/result?status=…&transaction=…. Open to
 * visitors (the session cookie may not come along on every gateway's return), richer signed in.
 */
export function PaymentResultPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const fromUrl = outcomeFromQuery(params.get('status'))
  const transactionId = params.get('transaction')
  const session = useSession()
  const signedIn = Boolean(session.data)
  const receipt = useReceipt(transactionId, signedIn)
  const answers = useReceiptAnswers(transactionId)

  if (session.isPending || (receipt.isPending && receipt.fetchStatus !== 'idle')) {
    return <LoadingState />
  }
  const outcome = outcomeOf(receipt.data, fromUrl)
  const pollingDone = answers >= PENDING_POLLS || !signedIn
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-10 sm:py-16">
      <title>{t('payments.result.pageTitle')}</title>
      <Card className="flex flex-col items-center gap-4 text-center">
        <span
          className={cx('flex size-14 items-center justify-center rounded-full', TONES[outcome])}
        >
          {outcome === 'pending' && !pollingDone ? (
            <Spinner className="size-8" />
          ) : (
            <Icon path={ICONS[outcome]} className="size-8" />
          )}
        </span>
        <div role="status" className="flex flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink">
            {t(`payments.result.${outcome}.title`)}
          </h1>
          <p className="text-ink-muted">
            {outcome === 'pending' && pollingDone && signedIn ? (
              t('payments.result.pending.stillPending')
            ) : outcome === 'failed' && signedIn ? (
              <FailedBody appointmentId={receipt.data?.appointmentId} />
            ) : (
              t(`payments.result.${outcome}.body`)
            )}
          </p>
        </div>
        {outcome === 'pending' && pollingDone && signedIn && (
          <Button
            variant="secondary"
            onClick={() => receipt.refetch()}
            loading={receipt.isFetching}
          >
            {t('payments.result.pending.check')}
          </Button>
        )}
      </Card>
      {receipt.data && outcome !== 'failed' && (
        <ViewerTimeZone>
          <Card className="flex flex-col gap-4">
            <h2 className="text-lg font-bold text-ink">{t('payments.result.receiptTitle')}</h2>
            <ReceiptDetails receipt={receipt.data} />
          </Card>
        </ViewerTimeZone>
      )}
      <ResultActions
        outcome={outcome}
        signedIn={signedIn}
        receipt={receipt.data}
        stuck={outcome === 'pending' && pollingDone}
      />
    </div>
  )
}

/** The appointment's hold still stands: the patient may pay again for the same time. */
function holdStands(appointment: AppointmentView | undefined, now: number) {
  const until = appointment?.holdExpiresAt
  return appointment?.status === 'pending' && until !== null && until !== undefined
    ? new Date(until).getTime() > now
    : false
}

function FailedBody({ appointmentId }: { appointmentId: string | null | undefined }) {
  const { t } = useTranslation()
  const appointment = useAppointment(appointmentId)
  const now = useNow()
  if (!appointment.data) return t('payments.result.failed.body')
  if (!holdStands(appointment.data, now)) return t('payments.result.failed.released')
  const [before, after] = t('payments.result.failed.held', { time: '\u0000' }).split('\u0000')
  return (
    <>
      {before}
      <DateTimeText value={appointment.data.holdExpiresAt ?? ''} show="time" />
      {after}
    </>
  )
}

interface ResultActionsProps {
  outcome: PaymentOutcome
  signedIn: boolean
  receipt: PaymentReceipt | null | undefined
  /** Still pending after the page stopped asking: the payer may not have finished at the bank. */
  stuck: boolean
}

function ResultActions({ outcome, signedIn, receipt, stuck }: ResultActionsProps) {
  const { t } = useTranslation()
  const asks = outcome === 'failed' || stuck
  const appointment = useAppointment(asks ? receipt?.appointmentId : null)
  const now = useNow()
  if (!signedIn) {
    return (
      <Link to="/sign-in?next=%2Fpayments" className={buttonClasses({ className: 'self-center' })}>
        {t('payments.result.signIn')}
      </Link>
    )
  }
  // A course bought (or not): back to its page, which offers to buy it again or to start it.
  if (receipt?.courseId) {
    return (
      <div className="flex flex-wrap justify-center gap-3">
        <Link to={`/courses/${receipt.courseId}`} className={buttonClasses({ size: 'lg' })}>
          {t('payments.result.course')}
        </Link>
        <Link to="/payments" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
          {t('payments.result.history')}
        </Link>
      </div>
    )
  }
  if (outcome === 'failed') {
    const booked = appointment.data
    const again = booked
      ? `/psychologists/${booked.psychologist.id}/book${booked.sessionTypeId ? `?type=${booked.sessionTypeId}` : ''}`
      : '/psychologists'
    return (
      <div className="flex flex-wrap justify-center gap-3">
        {booked && holdStands(booked, now) ? (
          <PayAgain appointmentId={booked.id} label={t('payments.result.payAgain')} />
        ) : (
          <Link to={again} className={buttonClasses({ size: 'lg' })}>
            {booked ? t('payments.result.tryAgain') : t('payments.result.directory')}
          </Link>
        )}
        <Link to="/payments" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
          {t('payments.result.history')}
        </Link>
      </div>
    )
  }
  if (stuck && appointment.data && holdStands(appointment.data, now)) {
    return (
      <div className="flex flex-wrap justify-center gap-3">
        <PayAgain appointmentId={appointment.data.id} label={t('payments.result.backToGateway')} />
        <Link to="/payments" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
          {t('payments.result.history')}
        </Link>
      </div>
    )
  }
  return (
    <div className="flex flex-wrap justify-center gap-3">
      <Link to="/appointments" className={buttonClasses({ size: 'lg' })}>
        {t('payments.result.appointments')}
      </Link>
      <Link to="/payments" className={buttonClasses({ size: 'lg', variant: 'secondary' })}>
        {t('payments.result.history')}
      </Link>
    </div>
  )
}

/**
 * Pays the same held appointment: a new payment after a failure, or the pending one again
 * (initiate answers it) when the payer left the bank's page unfinished.
 */
function PayAgain({ appointmentId, label }: { appointmentId: string; label: string }) {
  const pay = useInitiatePayment()
  return (
    <div className="flex flex-col items-center gap-3">
      <Button
        size="lg"
        loading={pay.isPending || pay.isSuccess}
        onClick={() =>
          pay.mutate(appointmentId, {
            onSuccess: ({ redirectUrl }) => redirectToGateway(redirectUrl),
          })
        }
      >
        {label}
      </Button>
      {pay.isError && <ErrorState error={pay.error} />}
    </div>
  )
}
