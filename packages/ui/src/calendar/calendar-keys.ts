import type { DayKey } from '../format/date-time.ts'
import {
  addDays,
  type CalendarSystem,
  calendarDate,
  daysOfMonth,
  monthOf,
  shiftMonth,
  type Weekday,
  weekdayOf,
} from './calendar-math.ts'

/**
 * The day a key moves to in the month grid, following the WAI-ARIA date-picker pattern, or null
 * for keys the grid does not handle. Left and right follow the screen, so in a right-to-left
 * grid the right arrow goes back in time.
 */
export function dayAfterKey(
  key: string,
  from: DayKey,
  options: { rtl: boolean; weekStart: Weekday; system: CalendarSystem },
): DayKey | null {
  const { rtl, weekStart, system } = options
  const column = (weekdayOf(from) - weekStart + 7) % 7
  switch (key) {
    case 'ArrowRight':
      return addDays(from, rtl ? -1 : 1)
    case 'ArrowLeft':
      return addDays(from, rtl ? 1 : -1)
    case 'ArrowUp':
      return addDays(from, -7)
    case 'ArrowDown':
      return addDays(from, 7)
    case 'Home':
      return addDays(from, -column)
    case 'End':
      return addDays(from, 6 - column)
    case 'PageUp':
      return sameDayInMonth(from, -1, system)
    case 'PageDown':
      return sameDayInMonth(from, 1, system)
    default:
      return null
  }
}

/** The same day number a month away, or that month's last day when it is shorter. */
export function sameDayInMonth(from: DayKey, months: number, system: CalendarSystem): DayKey {
  const days = daysOfMonth(shiftMonth(monthOf(from, system), months), system)
  const wanted = calendarDate(from, system).day
  return days[Math.min(wanted, days.length) - 1] ?? from
}
