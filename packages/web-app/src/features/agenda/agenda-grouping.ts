import type { AppointmentView } from '@yektayar/shared/types'
import { addDays, type DayKey, dayKeyOf, type Weekday } from '@yektayar/ui'

export type AgendaView = 'day' | 'week'

export interface AgendaDay {
  day: DayKey
  /** Starting on this civil day in the reader's zone, earliest first. */
  appointments: AppointmentView[]
}

/** 0 = Sunday … 6 = Saturday of a civil day. */
function weekdayOf(day: DayKey): Weekday {
  return new Date(`${day}T12:00:00Z`).getUTCDay() as Weekday
}

/** The first day of the week holding `day`: Saturday in Iran, Sunday in en-US. */
export function weekStartOf(day: DayKey, weekStartsOn: Weekday): DayKey {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7))
}

/** The days on screen: the anchor alone, or the whole week around it. */
export function visibleDays(view: AgendaView, anchor: DayKey, weekStartsOn: Weekday): DayKey[] {
  if (view === 'day') return [anchor]
  const first = weekStartOf(anchor, weekStartsOn)
  return Array.from({ length: 7 }, (_, index) => addDays(first, index))
}

/** Previous / next: a day in the day view, a week in the week view. */
export function shiftAnchor(view: AgendaView, anchor: DayKey, direction: -1 | 1): DayKey {
  return addDays(anchor, direction * (view === 'day' ? 1 : 7))
}

/**
 * The instants to ask the API for. A civil day starts between UTC+14 and UTC−12, so a day on
 * each side of the UTC dates covers every zone; groupByDay drops what falls outside.
 */
export function fetchWindow(days: readonly DayKey[]): { from: string; to: string } {
  const first = days[0] ?? '1970-01-01'
  const last = days.at(-1) ?? first
  return { from: `${addDays(first, -1)}T00:00:00Z`, to: `${addDays(last, 2)}T00:00:00Z` }
}

/** Every visible day with its appointments (possibly none), by start in the reader's zone. */
export function groupByDay(
  appointments: readonly AppointmentView[],
  days: readonly DayKey[],
  timeZone: string,
): AgendaDay[] {
  const byDay = new Map<DayKey, AppointmentView[]>(days.map((day) => [day, []]))
  const sorted = [...appointments].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const appointment of sorted) {
    byDay.get(dayKeyOf(appointment.startsAt, timeZone))?.push(appointment)
  }
  return days.map((day) => ({ day, appointments: byDay.get(day) ?? [] }))
}

/** A `?day=` value we can trust: a real YYYY-MM-DD, else null. */
export function parseDay(value: string | null): DayKey | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T12:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value
}
