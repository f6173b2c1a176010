import {
  cx,
  type DayKey,
  dayKeyOf,
  formatDay,
  formatNumber,
  Spinner,
  useLanguage,
  useTimeZone,
  useTranslation,
  WEEK_START_OF,
} from '@yektayar/ui'
import { useSearchParams } from 'react-router'
import { Page } from '../../../shared/page.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'
import {
  type AgendaDay,
  type AgendaView,
  fetchWindow,
  groupByDay,
  parseDay,
  shiftAnchor,
  visibleDays,
} from '../agenda-grouping.ts'
import { useAgenda } from '../api/agenda.ts'
import { AgendaEntry } from './agenda-entry.tsx'
import { AgendaToolbar } from './agenda-toolbar.tsx'
import { PatientAlertsBanner } from './patient-alerts-banner.tsx'

/** /agenda?view=week&day=YYYY-MM-DD: a psychologist's sessions by day or week, in their zone. */
export function AgendaPage() {
  return (
    <ViewerTimeZone>
      <AgendaContent />
    </ViewerTimeZone>
  )
}

function AgendaContent() {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const [params, setParams] = useSearchParams()
  const view: AgendaView = params.get('view') === 'day' ? 'day' : 'week'
  const today = dayKeyOf(Date.now(), timeZone)
  const anchor = parseDay(params.get('day')) ?? today
  const days = visibleDays(view, anchor, WEEK_START_OF[language])
  const agenda = useAgenda(fetchWindow(days))
  // The URL holds the view and the day, so a reload or a link back lands on the same page.
  const go = (nextView: AgendaView, nextDay: DayKey) =>
    setParams({ view: nextView, day: nextDay }, { replace: true })

  const first = days[0] ?? anchor
  const last = days.at(-1) ?? anchor
  const rangeLabel =
    view === 'day'
      ? formatDay(anchor, language, 'full')
      : t('agenda.range', {
          first: formatDay(first, language, 'dayMonth'),
          last: formatDay(last, language, 'long'),
        })

  return (
    <Page
      messages="agenda"
      width="max-w-7xl"
      lead={t('agenda.lead', { zone: zoneName(timeZone, language) })}
    >
      <PatientAlertsBanner />
      <AgendaToolbar
        view={view}
        onView={(next) => go(next, anchor)}
        onPrevious={() => go(view, shiftAnchor(view, anchor, -1))}
        onToday={() => go(view, today)}
        onNext={() => go(view, shiftAnchor(view, anchor, 1))}
      />
      <div className="flex flex-wrap items-center gap-3">
        <h2 aria-live="polite" className="text-xl font-bold text-ink">
          {rangeLabel}
        </h2>
        {agenda.isFetching && !agenda.isPending && (
          <span role="status" className="flex items-center gap-2 text-sm text-ink-muted">
            <Spinner className="size-4 text-primary" />
            {t('agenda.refreshing')}
          </span>
        )}
      </div>
      <QueryStates query={agenda}>
        {(data) => (
          <AgendaDays view={view} today={today} groups={groupByDay(data, days, timeZone)} />
        )}
      </QueryStates>
    </Page>
  )
}

interface AgendaDaysProps {
  view: AgendaView
  today: DayKey
  groups: AgendaDay[]
}

function AgendaDays({ view, today, groups }: AgendaDaysProps) {
  const { t } = useTranslation()
  const total = groups.reduce((sum, group) => sum + group.appointments.length, 0)
  return (
    <div className="flex flex-col gap-4">
      {total === 0 && (
        <p className="rounded-2xl border border-dashed border-line px-6 py-6 text-center text-ink-muted">
          {view === 'week' ? t('agenda.emptyWeek') : t('agenda.emptyDay')}
        </p>
      )}
      <div className={cx('grid gap-4', view === 'week' && 'lg:grid-cols-7 lg:gap-2')}>
        {groups.map((group) => (
          <DayColumn
            key={group.day}
            group={group}
            isToday={group.day === today}
            compact={view === 'week'}
          />
        ))}
      </div>
    </div>
  )
}

function DayColumn({
  group,
  isToday,
  compact,
}: {
  group: AgendaDay
  isToday: boolean
  compact: boolean
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const count = group.appointments.length
  return (
    <section
      aria-label={formatDay(group.day, language, 'weekdayDayMonth')}
      data-day={group.day}
      className={cx(
        'flex flex-col gap-2 rounded-2xl border p-3',
        isToday ? 'border-primary bg-primary-soft/40' : 'border-line bg-surface',
      )}
    >
      {/* The day view's heading above already names the day; only the week repeats it here. */}
      <h3
        className={cx(
          'flex flex-wrap items-center justify-between gap-2 font-bold text-ink',
          !compact && !isToday && 'sr-only',
        )}
      >
        <span className={compact ? undefined : 'sr-only'}>
          {formatDay(group.day, language, 'weekdayDayMonth')}
        </span>
        {isToday && (
          <span className="rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-on-primary">
            {t('agenda.todayBadge')}
          </span>
        )}
      </h3>
      {count > 0 && (
        <p className="text-sm text-ink-muted">
          {t('agenda.count', { formatted: formatNumber(count, language) })}
        </p>
      )}
      {count === 0 ? (
        <p className="text-sm text-ink-muted">{t('agenda.noSessions')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {group.appointments.map((appointment) => (
            <li key={appointment.id}>
              <AgendaEntry appointment={appointment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
