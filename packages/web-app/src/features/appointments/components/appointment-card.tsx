import type { AppointmentView } from '@yektayar/shared/types'
import { DateTimeText, Money, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { AppointmentStatusBadge } from '../../../shared/appointment-status-badge.tsx'
import { otherPerson, usePersonName } from '../../../shared/person-name.ts'

export interface AppointmentCardProps {
  appointment: AppointmentView
  viewerId: string | undefined
}

/** One appointment in a list: who, when, how, its status and fee; the whole card opens it. */
export function AppointmentCard({ appointment, viewerId }: AppointmentCardProps) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const other = otherPerson(appointment, viewerId)
  const cancelled = appointment.status === 'cancelled'
  return (
    <Link
      to={`/appointments/${appointment.id}`}
      className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4 shadow-sm transition-colors hover:border-primary hover:bg-primary-soft/40 sm:p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-lg font-bold text-ink">
          {t('appointments.with', { name: nameOf(other.name) })}
        </p>
        <AppointmentStatusBadge status={appointment.status} />
      </div>
      <p className={cancelled ? 'text-ink-muted line-through' : 'font-medium text-ink'}>
        <DateTimeText value={appointment.startsAt} style="weekdayDayMonth" />
      </p>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        <span>{t(`appointments.modes.${appointment.mode ?? 'unknown'}`)}</span>
        <span aria-hidden="true">·</span>
        {appointment.priceIrr > 0 ? (
          <Money amountIrr={appointment.priceIrr} />
        ) : (
          <span>{t('appointments.free')}</span>
        )}
      </p>
    </Link>
  )
}
