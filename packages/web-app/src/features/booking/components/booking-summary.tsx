import type { SessionType } from '@yektayar/shared/types'
import {
  Button,
  Card,
  DateTimeText,
  formatNumber,
  Icon,
  Money,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'
import { useAppointmentPolicy } from '../api/appointment-policy.ts'

const CLOCK = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3 2'
const SHIELD = 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6l8-3ZM9 12l2 2 4-4'

export interface BookingSummaryProps {
  psychologistName: string
  sessionType: SessionType
  slot: string
  onChangeSlot: () => void
  onConfirm: () => void
  /** Booking or starting the payment is under way, or the browser is leaving for the gateway. */
  pending: boolean
  /** Booked, but the payment did not start: the button retries the payment only. */
  retryPayment?: boolean
  error?: unknown
}

/** Everything the person is about to agree to, stated once more before they book and pay. */
export function BookingSummary(props: BookingSummaryProps) {
  const { psychologistName, sessionType, slot, onChangeSlot, onConfirm, pending, error } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const describe = useProblemMessage()
  const free = sessionType.priceIrr === 0
  const label = props.retryPayment
    ? t('booking.summary.payAgain')
    : free
      ? t('booking.summary.book')
      : t('booking.summary.bookAndPay')
  return (
    <section className="flex flex-col gap-5">
      <h2 className="text-xl font-bold text-ink">{t('booking.summary.title')}</h2>
      <Card className="p-5">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          <dt className="text-ink-muted">{t('booking.summary.psychologist')}</dt>
          <dd className="font-semibold text-ink">{psychologistName}</dd>
          <dt className="text-ink-muted">{t('booking.summary.type')}</dt>
          <dd className="font-semibold text-ink">
            {language === 'en' ? sessionType.nameEn : sessionType.nameFa}
            <span className="font-normal text-ink-muted">
              {' · '}
              {t('booking.type.minutes', {
                minutes: formatNumber(sessionType.durationMinutes, language),
              })}
              {' · '}
              {t(`common.sessionModes.${sessionType.mode}`)}
            </span>
          </dd>
          <dt className="text-ink-muted">{t('booking.summary.when')}</dt>
          <dd className="flex flex-col font-semibold text-ink">
            <DateTimeText value={slot} />
            <span className="text-sm font-normal text-ink-muted">
              {t('booking.summary.zone', { zone: zoneName(timeZone, language) })}
            </span>
          </dd>
          <dt className="text-ink-muted">{t('booking.summary.price')}</dt>
          <dd className="text-lg font-bold text-ink">
            {free ? (
              <span className="text-success">{t('booking.summary.free')}</span>
            ) : (
              <Money amountIrr={sessionType.priceIrr} />
            )}
          </dd>
        </dl>
      </Card>
      <Terms free={free} />
      {error ? (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 font-medium text-danger">
          {describe(error)}
        </p>
      ) : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onChangeSlot} disabled={pending}>
          {t('booking.summary.change')}
        </Button>
        <Button size="lg" loading={pending} onClick={onConfirm}>
          {label}
        </Button>
      </div>
    </section>
  )
}

/**
 * What applies to this booking, in the server's numbers: a priced session is held for its
 * payment and refunded when cancelled in time; a free one has no money to promise back, only
 * the window for cancelling or moving it, and it is the patient's one free session here.
 */
function Terms({ free }: { free: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const policy = useAppointmentPolicy()
  if (!policy.data) return null
  const hours = formatNumber(policy.data.freeCancelHours, language)
  const minutes = formatNumber(policy.data.holdMinutes, language)
  return (
    <ul className="flex flex-col gap-2 text-sm text-ink" data-testid="booking-terms">
      {!free && (
        <li className="flex items-start gap-2">
          <Icon path={CLOCK} className="size-5 text-primary" />
          {t('booking.summary.hold', { minutes })}
        </li>
      )}
      <li className="flex items-start gap-2">
        <Icon path={SHIELD} className="size-5 text-primary" />
        {free ? t('booking.summary.freePolicy', { hours }) : t('booking.summary.policy', { hours })}
      </li>
    </ul>
  )
}
