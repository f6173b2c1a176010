import type { PatientSession, PatientSummary } from '@yektayar/shared/types'
import {
  buttonClasses,
  Card,
  DateTimeText,
  ErrorState,
  isApiError,
  LoadingState,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { AppointmentStatusBadge } from '../../../shared/appointment-status-badge.tsx'
import { PatientAssessmentsSection } from '../../../shared/assessment-care/patient-assessments-section.tsx'
import { PatientCoursesSection } from '../../../shared/course-care/patient-courses-section.tsx'
import { PatientDocumentsSection } from '../../../shared/documents/patient-documents-section.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { Avatar } from '../../../shared/photo/avatar.tsx'
import { PatientSafetyPlanSection } from '../../../shared/safety/patient-safety-plan-section.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { usePatientSummary } from '../api/patient-summary.ts'
import { addPatientSummaryMessages } from '../patient-summary-messages.ts'

/**
 * /patients/:patientId, for the psychologist who treats them: who they are, every session
 * together, and the same sections a session's page shows (questionnaires and their trends,
 * safety plan, courses, documents), between sessions as well as during one.
 */
export function PatientSummaryPage() {
  addPatientSummaryMessages()
  return (
    <ViewerTimeZone>
      <Summary />
    </ViewerTimeZone>
  )
}

function Summary() {
  const { t } = useTranslation()
  const { patientId = '' } = useParams()
  const summary = usePatientSummary(patientId)
  if (summary.isPending) return <Page>{<LoadingState />}</Page>
  if (summary.isError) {
    return (
      <Page>
        {isApiError(summary.error) && summary.error.status === 404 ? (
          <Card className="flex flex-col gap-4">
            <p className="text-ink">{t('patientSummary.notFound')}</p>
            <Link to="/agenda" className={buttonClasses({ className: 'self-start' })}>
              {t('patientSummary.toAgenda')}
            </Link>
          </Card>
        ) : (
          <ErrorState error={summary.error} onRetry={() => summary.refetch()} />
        )}
      </Page>
    )
  }
  const { patient } = summary.data
  return (
    <Page>
      <Header summary={summary.data} />
      <Sessions summary={summary.data} />
      <PatientAssessmentsSection patientId={patient.id} />
      <PatientSafetyPlanSection patientId={patient.id} />
      <PatientCoursesSection patientId={patient.id} />
      <PatientDocumentsSection patientId={patient.id} />
    </Page>
  )
}

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>{t('patientSummary.pageTitle')}</title>
      <Link to="/agenda" className="w-fit font-medium text-primary hover:underline">
        {t('patientSummary.back')}
      </Link>
      {children}
    </div>
  )
}

function Header({ summary }: { summary: PatientSummary }) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const name = nameOf(summary.patient.name)
  return (
    <header className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        <Avatar name={name} photoUrl={summary.patient.avatarUrl} size={64} className="text-2xl" />
        <div className="flex min-w-0 flex-col gap-1">
          <p className="text-sm font-semibold text-primary">{t('patientSummary.pageTitle')}</p>
          <h1 className="break-words text-3xl font-extrabold text-ink">{name}</h1>
        </div>
      </div>
      <p className="text-ink-muted">{t('patientSummary.lead')}</p>
    </header>
  )
}

function Sessions({ summary }: { summary: PatientSummary }) {
  const { t } = useTranslation()
  return (
    <Card className="flex flex-col gap-5">
      <h2 className="text-xl font-bold text-ink">{t('patientSummary.sessions.title')}</h2>
      <SessionList
        title={t('patientSummary.sessions.upcoming')}
        sessions={summary.upcoming}
        empty={t('patientSummary.sessions.noUpcoming')}
      />
      <SessionList
        title={t('patientSummary.sessions.past')}
        sessions={summary.past}
        empty={t('patientSummary.sessions.noPast')}
      />
      {summary.morePast && (
        <p className="text-sm text-ink-muted">{t('patientSummary.sessions.morePast')}</p>
      )}
    </Card>
  )
}

interface SessionListProps {
  title: string
  sessions: PatientSession[]
  empty: string
}

function SessionList({ title, sessions, empty }: SessionListProps) {
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className="font-semibold text-ink-muted">{title}</h3>
      {sessions.length === 0 ? (
        <p className="text-ink-muted">{empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-line rounded-xl border border-line">
          {sessions.map((session) => (
            <li key={session.id}>
              <SessionLink session={session} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function SessionLink({ session }: { session: PatientSession }) {
  const { t } = useTranslation()
  // Named by what it shows (date, mode, status), so a voice user can say what they see.
  return (
    <Link
      to={`/appointments/${session.id}`}
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-primary"
    >
      <span className="flex flex-col">
        <DateTimeText value={session.startsAt} style="long" className="font-semibold text-ink" />
        <span className="text-sm text-ink-muted">
          {t(`patientSummary.modes.${session.mode ?? 'unknown'}`)}
        </span>
      </span>
      <AppointmentStatusBadge status={session.status} />
    </Link>
  )
}
