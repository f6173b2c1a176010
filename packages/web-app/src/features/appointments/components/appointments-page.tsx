import {
  buttonClasses,
  cx,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  useLanguage,
  useSession,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { Link, useSearchParams } from 'react-router'
import { Page } from '../../../shared/page.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'
import { type AppointmentScope, itemsOf, useAppointmentList } from '../api/appointments.ts'
import { AppointmentCard } from './appointment-card.tsx'

const SCOPES: AppointmentScope[] = ['upcoming', 'past']

/** /appointments: my sessions, upcoming or past (?tab=past), in my own time zone. */
export function AppointmentsPage() {
  return (
    <ViewerTimeZone>
      <AppointmentsContent />
    </ViewerTimeZone>
  )
}

function AppointmentsContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const [params] = useSearchParams()
  const scope: AppointmentScope = params.get('tab') === 'past' ? 'past' : 'upcoming'
  return (
    <Page
      messages="appointments"
      width="max-w-3xl"
      lead={t('appointments.lead', { zone: zoneName(timeZone, language) })}
    >
      <nav aria-label={t('appointments.tabs.label')}>
        <ul className="inline-flex gap-1 rounded-2xl bg-surface-muted p-1">
          {SCOPES.map((item) => (
            <li key={item}>
              <Link
                to={{ search: item === 'past' ? '?tab=past' : '' }}
                replace
                aria-current={item === scope ? 'page' : undefined}
                className={cx(
                  'inline-flex min-h-11 items-center rounded-xl px-5 font-semibold',
                  item === scope
                    ? 'bg-surface text-ink shadow-sm'
                    : 'text-ink-muted hover:text-ink',
                )}
              >
                {t(`appointments.tabs.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <AppointmentList scope={scope} />
    </Page>
  )
}

function AppointmentList({ scope }: { scope: AppointmentScope }) {
  const { t } = useTranslation()
  const session = useSession()
  const list = useAppointmentList(scope)
  if (list.isPending) return <LoadingState />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />
  const items = itemsOf(list.data)
  if (items.length === 0) {
    const isPatient = session.data?.user.type === 'patient'
    return scope === 'upcoming' ? (
      <EmptyState
        title={t('appointments.empty.upcoming')}
        description={isPatient ? t('appointments.empty.upcomingHint') : undefined}
        action={
          isPatient && (
            <Link to="/psychologists" className={buttonClasses()}>
              {t('appointments.empty.upcomingAction')}
            </Link>
          )
        }
      />
    ) : (
      <EmptyState
        title={t('appointments.empty.past')}
        description={t('appointments.empty.pastHint')}
      />
    )
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-3">
        {items.map((appointment) => (
          <li key={appointment.id}>
            <AppointmentCard appointment={appointment} viewerId={session.data?.user.id} />
          </li>
        ))}
      </ul>
      <LoadMore pages={list} label={t('appointments.loadMore')} />
    </div>
  )
}
