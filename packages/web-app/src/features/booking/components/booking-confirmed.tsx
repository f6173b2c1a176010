import type { AppointmentView, SessionType } from '@yektayar/shared/types'
import {
  buttonClasses,
  Card,
  formatDateTime,
  Icon,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'

const CHECK = 'M5 12.5l4.5 4.5L19 7.5'

export interface BookingConfirmedProps {
  appointment: AppointmentView
  sessionType: SessionType
  psychologistName: string
}

/** A free session needs no payment: it is confirmed the moment it is booked. */
export function BookingConfirmed({
  appointment,
  sessionType,
  psychologistName,
}: BookingConfirmedProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  return (
    <Card className="flex flex-col items-center gap-4 text-center">
      <span className="flex size-14 items-center justify-center rounded-full bg-success-soft text-success">
        <Icon path={CHECK} className="size-8" />
      </span>
      <div role="status" className="flex flex-col gap-2">
        <h2 className="text-2xl font-extrabold text-ink">{t('booking.done.title')}</h2>
        <p className="max-w-prose text-ink">
          {t('booking.done.body', {
            type: language === 'en' ? sessionType.nameEn : sessionType.nameFa,
            name: psychologistName,
            when: formatDateTime(appointment.startsAt, language, { timeZone }),
          })}
        </p>
      </div>
      <div className="flex flex-wrap justify-center gap-3">
        <Link to="/appointments" className={buttonClasses()}>
          {t('booking.done.appointments')}
        </Link>
        <Link to="/dashboard" className={buttonClasses({ variant: 'secondary' })}>
          {t('booking.done.dashboard')}
        </Link>
      </div>
    </Card>
  )
}
