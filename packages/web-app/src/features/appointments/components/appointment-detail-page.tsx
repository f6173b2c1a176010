import type { AppointmentView } from '@yektayar/shared/types'
import {
  Button,
  buttonClasses,
  Card,
  DateTimeText,
  ErrorState,
  formatDateTime,
  formatNumber,
  formatTime,
  LoadingState,
  Money,
  Notice,
  useLanguage,
  useSession,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { lazy, type ReactNode, Suspense, useState } from 'react'
import { Link, useParams } from 'react-router'
import { AppointmentStatusBadge } from '../../../shared/appointment-status-badge.tsx'
import { otherPerson, usePersonName } from '../../../shared/person-name.ts'
import { Avatar } from '../../../shared/photo/avatar.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useAppointment } from '../api/appointments.ts'
import { AppointmentLinks } from './appointment-links.tsx'
import { CancelDialog } from './cancel-dialog.tsx'
import { NotesSection } from './notes-section.tsx'
import { ReschedulePanel } from './reschedule-panel.tsx'
import { StatusActions } from './status-actions.tsx'

// Only psychologists see a patient's documents: nobody else downloads the section.
const PatientDocumentsSection = lazy(() =>
  import('../../../shared/documents/patient-documents-section.tsx').then((module) => ({
    default: module.PatientDocumentsSection,
  })),
)

// Only psychologists see a patient's courses: nobody else downloads the section.
const PatientCoursesSection = lazy(() =>
  import('../../../shared/course-care/patient-courses-section.tsx').then((module) => ({
    default: module.PatientCoursesSection,
  })),
)

// Only psychologists see a patient's questionnaires (and their chart library).
const PatientAssessmentsSection = lazy(() =>
  import('../../../shared/assessment-care/patient-assessments-section.tsx').then((module) => ({
    default: module.PatientAssessmentsSection,
  })),
)

// The patient's safety plan, which their psychologist writes with them: likewise.
const PatientSafetyPlanSection = lazy(() =>
  import('../../../shared/safety/patient-safety-plan-section.tsx').then((module) => ({
    default: module.PatientSafetyPlanSection,
  })),
)

/** /appointments/:id for both sides: details, join link, what the reader may do, notes. */
export function AppointmentDetailPage() {
  return (
    <ViewerTimeZone>
      <AppointmentDetail />
    </ViewerTimeZone>
  )
}

type Panel = 'none' | 'cancel' | 'reschedule'
type Flash = 'cancelled' | 'rescheduled' | 'statusChanged' | 'outcomeUndone' | null

function AppointmentDetail() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const session = useSession()
  const appointment = useAppointment(id)
  const [panel, setPanel] = useState<Panel>('none')
  const [flash, setFlash] = useState<Flash>(null)
  const isPsychologist = session.data?.user.type === 'psychologist'

  const back = (
    <Link
      to={isPsychologist ? '/agenda' : '/appointments'}
      className="w-fit font-medium text-primary hover:underline"
    >
      {isPsychologist ? t('appointments.detail.backToAgenda') : t('appointments.detail.back')}
    </Link>
  )
  if (appointment.isPending)
    return (
      <Page back={back}>
        <LoadingState />
      </Page>
    )
  if (appointment.isError) {
    return (
      <Page back={back}>
        <ErrorState error={appointment.error} onRetry={() => appointment.refetch()} />
      </Page>
    )
  }
  const view = appointment.data
  const done = (kind: Exclude<Flash, null>) => () => {
    setPanel('none')
    setFlash(kind)
  }
  return (
    <Page back={back}>
      <Header appointment={view} viewerId={session.data?.user.id} />
      {flash && (
        <Notice tone="success" onDismiss={() => setFlash(null)}>
          {t(`appointments.detail.${flash}`)}
        </Notice>
      )}
      <Facts appointment={view} viewerId={session.data?.user.id} />
      <JoinArea appointment={view} />
      <AppointmentLinks appointment={view} />
      <Actions
        appointment={view}
        onOpen={(next) => {
          setFlash(null)
          setPanel(next)
        }}
        // Back to confirmed is an undone outcome, anything else a recorded one.
        onStatusChanged={(updated) =>
          done(updated.status === 'confirmed' ? 'outcomeUndone' : 'statusChanged')()
        }
      />
      {panel === 'cancel' && (
        <CancelDialog
          appointment={view}
          onCancelled={done('cancelled')}
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'reschedule' && view.sessionTypeId && (
        <ReschedulePanel
          appointment={{ ...view, sessionTypeId: view.sessionTypeId }}
          onRescheduled={done('rescheduled')}
          onClose={() => setPanel('none')}
        />
      )}
      {view.viewer?.role === 'psychologist' && (
        <Suspense fallback={null}>
          <PatientDocumentsSection patientId={view.patient.id} appointmentId={view.id} />
        </Suspense>
      )}
      {view.viewer?.role && view.viewer.role !== 'admin' && <NotesSection appointment={view} />}
      {view.viewer?.role === 'psychologist' && (
        <Suspense fallback={null}>
          <PatientCoursesSection patientId={view.patient.id} />
        </Suspense>
      )}
      {view.viewer?.role === 'psychologist' && (
        <Suspense fallback={null}>
          <PatientAssessmentsSection patientId={view.patient.id} />
        </Suspense>
      )}
      {view.viewer?.role === 'psychologist' && (
        <Suspense fallback={null}>
          <PatientSafetyPlanSection patientId={view.patient.id} />
        </Suspense>
      )}
    </Page>
  )
}

function Page({ back, children }: { back: ReactNode; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <title>{t('appointments.detailTitle')}</title>
      {back}
      {children}
    </div>
  )
}

function Header({ appointment, viewerId }: { appointment: AppointmentView; viewerId?: string }) {
  const { t } = useTranslation()
  const nameOf = usePersonName()
  const other = otherPerson(appointment, viewerId)
  const key = other === appointment.patient ? 'withPatient' : 'withPsychologist'
  return (
    <header className="flex flex-col gap-3">
      <h1 className="text-3xl font-extrabold text-ink">
        {t(`appointments.detail.${key}`, { name: nameOf(other.name) })}
      </h1>
      <AppointmentStatusBadge status={appointment.status} />
    </header>
  )
}

function Facts({ appointment, viewerId }: { appointment: AppointmentView; viewerId?: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const nameOf = usePersonName()
  const other = otherPerson(appointment, viewerId)
  const otherLabel = other === appointment.patient ? 'patient' : 'psychologist'
  const end = formatTime(appointment.endsAt, language, timeZone)
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="sr-only">{t('appointments.detail.facts')}</h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact label={t('appointments.detail.when')} wide>
          <DateTimeText value={appointment.startsAt} style="full" />
          <span className="text-ink-muted"> – {end}</span>
        </Fact>
        <Fact label={t(`appointments.detail.${otherLabel}`)}>
          <span className="flex items-center gap-2">
            <Avatar
              name={nameOf(other.name)}
              photoUrl={other.avatarUrl}
              size={32}
              className="text-sm"
            />
            {appointment.viewer?.role === 'psychologist' && other === appointment.patient ? (
              // Their patient's summary: every session together, questionnaires, safety plan.
              <Link
                to={`/patients/${other.id}`}
                className="text-primary underline-offset-4 hover:underline"
              >
                {nameOf(other.name)}
              </Link>
            ) : (
              nameOf(other.name)
            )}
          </span>
        </Fact>
        <Fact label={t('appointments.detail.mode')}>
          {t(`appointments.modes.${appointment.mode ?? 'unknown'}`)}
        </Fact>
        <Fact label={t('appointments.detail.duration')}>
          {t('appointments.minutes', {
            formatted: formatNumber(appointment.durationMinutes, language),
          })}
        </Fact>
        <Fact label={t('appointments.detail.price')}>
          {appointment.priceIrr > 0 ? (
            <Money amountIrr={appointment.priceIrr} />
          ) : (
            t('appointments.free')
          )}
        </Fact>
      </dl>
      {appointment.status === 'pending' && appointment.holdExpiresAt && (
        <p className="rounded-xl bg-primary-soft p-3 text-primary">
          {t('appointments.detail.holdUntil', {
            time: formatTime(appointment.holdExpiresAt, language, timeZone),
          })}
        </p>
      )}
      {appointment.status === 'cancelled' && (
        <div className="flex flex-col gap-1 rounded-xl bg-danger-soft p-3 text-ink">
          {appointment.cancelledBy && (
            <p className="font-semibold">
              {t(`appointments.detail.cancelledBy.${appointment.cancelledBy}`)}
            </p>
          )}
          {appointment.cancelReason && (
            <p>{t('appointments.detail.cancelReason', { reason: appointment.cancelReason })}</p>
          )}
        </div>
      )}
    </Card>
  )
}

function Fact({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'flex flex-col gap-1 sm:col-span-2' : 'flex flex-col gap-1'}>
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="font-semibold text-ink">{children}</dd>
    </div>
  )
}

/** The server hands out the link only while the room is open; before that, say when. */
function JoinArea({ appointment }: { appointment: AppointmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  if (appointment.joinUrl) {
    return (
      <a
        href={appointment.joinUrl}
        target="_blank"
        rel="noopener noreferrer"
        className={buttonClasses({ size: 'lg', className: 'self-start' })}
      >
        {t('appointments.detail.join')}
      </a>
    )
  }
  const opens = appointment.joinOpensAt
  if (appointment.status !== 'confirmed' || !opens || Date.parse(opens) < Date.now()) return null
  return (
    <p className="rounded-xl bg-surface-muted p-3 text-ink-muted">
      {t('appointments.detail.joinSoon', {
        time: formatDateTime(opens, language, { timeZone, style: 'weekdayDayMonth' }),
      })}
    </p>
  )
}

interface ActionsProps {
  appointment: AppointmentView
  onOpen: (panel: Panel) => void
  onStatusChanged: (updated: AppointmentView) => void
}

function Actions({ appointment, onOpen, onStatusChanged }: ActionsProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const viewer = appointment.viewer
  if (!viewer) return null
  // A patient past the free window keeps the session; say so rather than hide the buttons.
  const windowPassed =
    viewer.role === 'patient' &&
    appointment.status === 'confirmed' &&
    !viewer.canCancel &&
    viewer.freeCancelUntil !== null &&
    Date.parse(appointment.startsAt) > Date.now()
  const hasButtons = viewer.canReschedule || viewer.canCancel
  const outcomeOpen = viewer.canComplete || viewer.canMarkNoShow || viewer.undoOutcomeUntil !== null
  if (!hasButtons && !outcomeOpen && !windowPassed) return null
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-xl font-bold text-ink">{t('appointments.detail.actions')}</h2>
      <StatusActions appointment={appointment} onChanged={onStatusChanged} />
      {hasButtons && (
        <div className="flex flex-wrap gap-3">
          {viewer.canReschedule && appointment.sessionTypeId && (
            <Button variant="secondary" onClick={() => onOpen('reschedule')}>
              {t('appointments.detail.reschedule')}
            </Button>
          )}
          {viewer.canCancel && (
            <Button variant="secondary" onClick={() => onOpen('cancel')}>
              {t('appointments.detail.cancel')}
            </Button>
          )}
        </div>
      )}
      {viewer.role === 'patient' && viewer.canCancel && viewer.freeCancelUntil && (
        <p className="text-sm text-ink-muted">
          {/* A free session has no fee to waive: only the deadline applies to it. */}
          {t(`appointments.detail.${appointment.priceIrr > 0 ? 'freeUntil' : 'changeUntil'}`, {
            time: formatDateTime(viewer.freeCancelUntil, language, {
              timeZone,
              style: 'weekdayDayMonth',
            }),
          })}
        </p>
      )}
      {windowPassed && viewer.freeCancelUntil && (
        <div className="rounded-xl bg-surface-muted p-3 text-ink">
          <p>
            {t('appointments.detail.windowPassed', {
              time: formatDateTime(viewer.freeCancelUntil, language, {
                timeZone,
                style: 'weekdayDayMonth',
              }),
            })}
          </p>
        </div>
      )}
    </Card>
  )
}
