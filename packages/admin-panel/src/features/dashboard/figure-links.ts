import type { DashboardFigureKey } from '@yektayar/shared/types'

/** A list a figure opens: a page of this panel, or one of the web app (the safety queue). */
export interface FigureLink {
  to: string
  /** The web app's own page, outside the panel's router (an ordinary link). */
  outsidePanel?: boolean
}

const DAY_MS = 86_400_000
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/**
 * Where each figure's list is, filtered to what it counts in the week shown (`weekStart`, a
 * Saturday; `to` is its Friday, inclusive). People, appointments and payments are lists other
 * parts of the panel provide; they read these filters from the address.
 */
export function figureLink(key: DashboardFigureKey, weekStart: string): FigureLink {
  const week = new URLSearchParams({ from: weekStart, to: plusDays(weekStart, 6) })
  const withWeek = (path: string, filters: Record<string, string> = {}) =>
    `${path}?${new URLSearchParams({ ...filters, ...Object.fromEntries(week) })}`
  switch (key) {
    // The appointments list filters one status at a time: the week's sessions, all of them.
    case 'activePatients':
    case 'sessions':
      return { to: withWeek('/appointments') }
    case 'completionRate':
      return { to: withWeek('/appointments', { status: 'completed' }) }
    case 'noShowRate':
      return { to: withWeek('/appointments', { status: 'no_show' }) }
    case 'revenue':
      return { to: withWeek('/payments', { status: 'completed' }) }
    // The people list runs newest first: the week's sign-ups are at its top.
    case 'signUps':
      return { to: '/people' }
    case 'pendingVerification':
      return { to: '/clinicians' }
    case 'openSafetyAlerts':
      return { to: '/safety', outsidePanel: true }
    case 'failedNotifications':
      return { to: '/notification-deliveries?status=failed' }
  }
}
