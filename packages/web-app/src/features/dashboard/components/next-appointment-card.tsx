import type { AppointmentView } from '@yektayar/shared/types'
import { buttonClasses, Card, DateTimeText, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { nameIn } from '../../../shared/person-name.ts'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useNow } from '../../../shared/use-now.ts'
import { useNextAppointment } from '../api/next-appointment.ts'
import { joinLinkAt } from '../join-window.ts'

export interface NextAppointmentCardProps {
  /** Patients see their psychologist's name, psychologists their patient's. */
  viewerId: string
  isPatient: boolean
}

export function NextAppointmentCard({ viewerId, isPatient }: NextAppointmentCardProps) {
  const { t } = useTranslation()
  const next = useNextAppointment()
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold text-ink">{t('dashboard.next.title')}</h2>
      <QueryStates query={next} compact>
        {(appointment) =>
          appointment ? (
            <AppointmentSummary appointment={appointment} viewerId={viewerId} />
          ) : (
            <div className="flex flex-col items-start gap-3">
              <p className="text-ink-muted">{t('dashboard.next.none')}</p>
              {isPatient && (
                <Link to="/psychologists" className={buttonClasses()}>
                  {t('dashboard.next.noneAction')}
                </Link>
              )}
            </div>
          )
        }
      </QueryStates>
    </Card>
  )
}

function AppointmentSummary({
  appointment,
  viewerId,
}: {
  appointment: AppointmentView
  viewerId: string
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const now = useNow()
  const other = appointment.patient.id === viewerId ? appointment.psychologist : appointment.patient
  const join = joinLinkAt(appointment, now)
  const status = appointment.status === 'pending' ? 'pending' : 'confirmed'
  return (
    <div className="flex flex-col gap-3">
      <p className="text-xl font-bold text-ink">
        <DateTimeText value={appointment.startsAt} style="weekdayDayMonth" />
      </p>
      <p className="text-ink">
        {t('dashboard.next.with', { name: nameIn(other.name, language) })}
        {' · '}
        <span className={status === 'pending' ? 'text-ink-muted' : 'font-semibold text-success'}>
          {t(`dashboard.next.statuses.${status}`)}
        </span>
      </p>
      {join ? (
        <a
          href={join}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClasses({ size: 'lg' })}
        >
          {t('dashboard.next.join')}
        </a>
      ) : (
        appointment.status === 'confirmed' && (
          <p className="text-sm text-ink-muted">{t('dashboard.next.joinSoon')}</p>
        )
      )}
      <Link to="/appointments" className="w-fit font-medium text-primary hover:underline">
        {t('dashboard.next.all')}
      </Link>
    </div>
  )
}
