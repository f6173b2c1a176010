import type { AppointmentView } from '@yektayar/shared/types'
import { cx, formatTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { AppointmentStatusBadge } from '../../../shared/appointment-status-badge.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { Avatar } from '../../../shared/photo/avatar.tsx'

/** One session in the agenda: its time, the patient, how it happens; opens the appointment. */
export function AgendaEntry({ appointment }: { appointment: AppointmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const nameOf = usePersonName()
  const start = formatTime(appointment.startsAt, language, timeZone)
  const end = formatTime(appointment.endsAt, language, timeZone)
  const inactive = appointment.status === 'cancelled' || appointment.status === 'no_show'
  return (
    <Link
      to={`/appointments/${appointment.id}`}
      className={cx(
        'flex flex-col gap-1.5 rounded-xl border p-3 transition-colors hover:border-primary',
        inactive ? 'border-line bg-surface-muted' : 'border-line bg-surface shadow-sm',
      )}
    >
      <span className={cx('font-bold text-ink', inactive && 'line-through')}>
        <time dateTime={appointment.startsAt}>{start}</time>
        {' – '}
        <time dateTime={appointment.endsAt}>{end}</time>
      </span>
      <span className="flex items-center gap-2 font-medium text-ink">
        {/* No photo of a patient in discreet mode: the server sends none. */}
        <Avatar
          name={nameOf(appointment.patient.name)}
          photoUrl={appointment.patient.avatarUrl}
          size={28}
          className="text-sm"
        />
        {nameOf(appointment.patient.name)}
      </span>
      <span className="text-sm text-ink-muted">
        {t(`appointments.modes.${appointment.mode ?? 'unknown'}`)}
      </span>
      <AppointmentStatusBadge status={appointment.status} />
    </Link>
  )
}
