import type { Dashboard, DashboardFigure } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { type KeptWhileRenewed, keptWhileRenewed } from '../../lib/kept-while-renewed.ts'
import {
  countAppointmentWeeks,
  countFailedDeliveryWeeks,
  countSignUpWeeks,
  countWaitingAt,
  sumMoneyWeeks,
} from './dashboard.repository.ts'
import { figureOf, percent, seriesOf } from './dashboard-figures.ts'
import { REPORT_TIME_ZONE, type ReportWeeks, reportWeeks } from './jalali-weeks.ts'

export interface DashboardDeps {
  db: Db
  /**
   * A confirmed session cancelled less than this many hours before it starts is a late
   * cancellation: the cancel window in force (care.freeCancelHours), read at each computation.
   */
  lateCancelHours: () => number
  now: () => Date
  /** Where the weekly aggregates are kept: one per app instance (dashboardWeeklyCache). */
  weekly: WeeklyCache
}

interface WeeklyPart {
  computedAt: Date
  figures: DashboardFigure[]
}

/** The weekly aggregates kept between calls (see keptWhileRenewed), keyed by the weeks asked. */
type WeeklyCache = KeptWhileRenewed<WeeklyPart>

/**
 * The weekly aggregates over the big tables (appointments, payments, users) are computed at
 * most once per `cacheMs` (DASHBOARD_CACHE_SECONDS; 0 computes them on every call) per
 * instance, concurrent callers share one computation, and a stale set is renewed while the
 * last one is still served: several admins (or one with several tabs)
 * reloading the dashboard cost the database one set of queries a minute, and no response waits
 * for them but the very first. Weekly figures a minute or two old are still this week's
 * figures (`computedAt` says how old); what staff act on (psychologists waiting for
 * verification, open safety alerts, failed notifications to retry) is counted live on every
 * call, from small tables or a partial index.
 */
export function dashboardWeeklyCache(cacheMs: number, now: () => Date): WeeklyCache {
  return keptWhileRenewed(cacheMs, () => now().getTime())
}

function cachedWeekly(deps: DashboardDeps, weeks: ReportWeeks): Promise<WeeklyPart> {
  // The window is in the key: figures counted under another window are not served after a change.
  const lateHours = deps.lateCancelHours()
  const key = `${weeks.starts[0]}|${weeks.starts.length}|${lateHours}`
  return deps.weekly.get(key, () => computeWeekly(deps, weeks, lateHours))
}

async function computeWeekly(
  deps: DashboardDeps,
  weeks: ReportWeeks,
  lateHours: number,
): Promise<WeeklyPart> {
  const { edges, starts } = weeks
  const count = starts.length
  const [appointments, money, signUps] = await Promise.all([
    countAppointmentWeeks(deps.db, edges, lateHours),
    sumMoneyWeeks(deps.db, edges),
    countSignUpWeeks(deps.db, edges),
  ])
  const of = (value: (row: (typeof appointments)[number]) => number) =>
    seriesOf(appointments, count, value)
  const completed = of((row) => row.completed)
  const noShows = of((row) => row.no_shows)
  const outcomes = of((row) => row.completed + row.no_shows + row.late_cancelled)
  return {
    computedAt: deps.now(),
    figures: [
      figureOf(
        'activePatients',
        'count',
        starts,
        of((row) => row.active_patients),
      ),
      figureOf(
        'sessions',
        'count',
        starts,
        of((row) => row.sessions),
      ),
      figureOf(
        'completionRate',
        'percent',
        starts,
        completed.map((n, i) => percent(n, outcomes[i] ?? 0)),
      ),
      figureOf(
        'noShowRate',
        'percent',
        starts,
        noShows.map((n, i) => percent(n, outcomes[i] ?? 0)),
      ),
      figureOf(
        'revenue',
        'rials',
        starts,
        seriesOf(money, count, (row) => Number(row.paid) - Number(row.refunded)),
      ),
      figureOf(
        'signUps',
        'count',
        starts,
        seriesOf(signUps, count, (row) => row.sign_ups),
      ),
    ],
  }
}

/** What is waiting at the end of each past week and now, for the current week. */
async function waitingFigures(deps: DashboardDeps, weeks: ReportWeeks): Promise<DashboardFigure[]> {
  const ends = [...weeks.edges.slice(1, -1), deps.now()]
  const rows = await countWaitingAt(deps.db, ends)
  const count = weeks.starts.length
  const series = (value: (row: (typeof rows)[number]) => number) =>
    seriesOf(
      rows.map((row) => ({ ...row, bucket: row.at_index })),
      count,
      value,
    )
  return [
    figureOf(
      'pendingVerification',
      'count',
      weeks.starts,
      series((row) => row.pending),
    ),
    figureOf(
      'openSafetyAlerts',
      'count',
      weeks.starts,
      series((row) => row.open_alerts),
    ),
  ]
}

/** Every figure of the admin dashboard over the last `weekCount` Jalali weeks (reports.read). */
export async function getDashboard(deps: DashboardDeps, weekCount: number): Promise<Dashboard> {
  const weeks = reportWeeks(weekCount, deps.now())
  const [weekly, waiting, failed] = await Promise.all([
    cachedWeekly(deps, weeks),
    waitingFigures(deps, weeks),
    countFailedDeliveryWeeks(deps.db, weeks.edges),
  ])
  const failedFigure = figureOf(
    'failedNotifications',
    'count',
    weeks.starts,
    seriesOf(failed, weeks.starts.length, (row) => row.failed),
  )
  return {
    timeZone: REPORT_TIME_ZONE,
    computedAt: weekly.computedAt.toISOString(),
    figures: [...weekly.figures, ...waiting, failedFigure],
  }
}
