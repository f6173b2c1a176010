import type { AppointmentView } from '@yektayar/shared/types'
import { buttonClasses, useSignedUrl, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { calendarFileUrl } from '../api/appointments.ts'

/** Statuses after which the two people have a direct thread (messaging opens it on confirm). */
const HAD_CONFIRMED = new Set(['confirmed', 'completed', 'no_show'])

/** Messaging's own route: it opens (or creates) the direct thread with this psychologist. */
function messagePsychologistPath(psychologistId: string): string {
  return `/messages/new?to=${encodeURIComponent(`psychologist:${psychologistId}`)}`
}

/**
 * Add to calendar (a session still to come) and, for the patient, write to the psychologist.
 * Both are plain links: the calendar file is a download from the API, and messaging is
 * reached by its URL, not imported.
 */
export function AppointmentLinks({ appointment }: { appointment: AppointmentView }) {
  const { t } = useTranslation()
  const live = appointment.status === 'confirmed' || appointment.status === 'pending'
  const canMessage = appointment.viewer?.role === 'patient' && HAD_CONFIRMED.has(appointment.status)
  // Asked for only while there is a button to follow it (a signed link in the Android app).
  const calendar = useSignedUrl(live ? calendarFileUrl(appointment.id) : null, { keepFresh: true })
  if (!live && !canMessage) return null
  return (
    <div className="flex flex-wrap gap-3">
      {live && (
        <a
          href={calendar.url}
          download="yektayar-session.ics"
          className={buttonClasses({ variant: 'secondary' })}
        >
          {t('appointments.detail.addToCalendar')}
        </a>
      )}
      {canMessage && (
        <Link
          to={messagePsychologistPath(appointment.psychologist.id)}
          className={buttonClasses({ variant: 'secondary' })}
        >
          {t('appointments.detail.messagePsychologist')}
        </Link>
      )}
    </div>
  )
}
