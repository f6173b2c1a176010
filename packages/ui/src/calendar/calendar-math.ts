import type { DayKey } from '../format/date-time.ts'
import type { Language } from '../i18n/language.ts'

/**
 * Month arithmetic for the Jalali and Gregorian calendars with nothing but Intl: the browser
 * already carries both calendars, and a date library would cost more than the whole first
 * screen's budget allows.
 */
export type CalendarSystem = 'persian' | 'gregory'

/** A month of a calendar system; `month` counts from 1. */
export interface CalendarMonth {
  year: number
  month: number
}

export interface CalendarDate extends CalendarMonth {
  day: number
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export const CALENDAR_OF: Record<Language, CalendarSystem> = { fa: 'persian', en: 'gregory' }

/** Iranian weeks start on Saturday; en follows en-US, whose weeks start on Sunday. */
export const WEEK_START_OF: Record<Language, Weekday> = { fa: 6, en: 0 }

const DAY_MS = 86_400_000

export function toEpochDay(day: DayKey): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)
}

export function fromEpochDay(epochDay: number): DayKey {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10)
}

export function addDays(day: DayKey, days: number): DayKey {
  return fromEpochDay(toEpochDay(day) + days)
}

export function weekdayOf(day: DayKey): Weekday {
  return new Date(`${day}T00:00:00Z`).getUTCDay() as Weekday
}

const partFormats = new Map<CalendarSystem, Intl.DateTimeFormat>()

/** A civil day's year, month and day in a calendar system (Latin digits, for arithmetic). */
export function calendarDate(day: DayKey, system: CalendarSystem): CalendarDate {
  let format = partFormats.get(system)
  if (!format) {
    format = new Intl.DateTimeFormat(`en-US-u-ca-${system}-nu-latn`, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    })
    partFormats.set(system, format)
  }
  const parts = format.formatToParts(new Date(`${day}T12:00:00Z`))
  const partValue = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: partValue('year'), month: partValue('month'), day: partValue('day') }
}

export function monthOf(day: DayKey, system: CalendarSystem): CalendarMonth {
  const { year, month } = calendarDate(day, system)
  return { year, month }
}

export function shiftMonth({ year, month }: CalendarMonth, delta: number): CalendarMonth {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

export function compareMonths(a: CalendarMonth, b: CalendarMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month)
}

/** The civil day on which a month begins. */
export function firstDayOfMonth(target: CalendarMonth, system: CalendarSystem): DayKey {
  if (system === 'gregory') return fromEpochDay(Date.UTC(target.year, target.month - 1, 1) / DAY_MS)
  // 1 Farvardin falls on 20 or 21 March; months 1–6 have 31 days and 7–11 have 30. The guess is
  // within two days of the answer, and Intl corrects it.
  const offset = target.month <= 7 ? (target.month - 1) * 31 : 6 * 31 + (target.month - 7) * 30
  let guess = Date.UTC(target.year + 621, 2, 21) / DAY_MS + offset
  for (let step = 0; step < 60; step++) {
    const found = calendarDate(fromEpochDay(guess), system)
    const monthsAway = compareMonths(target, found)
    if (monthsAway === 0) return fromEpochDay(guess - (found.day - 1))
    guess += Math.abs(monthsAway) > 1 ? monthsAway * 29 : monthsAway
  }
  throw new Error(`cannot find the first day of ${target.year}-${target.month} (${system})`)
}

/** Every civil day of a month, in order. */
export function daysOfMonth(target: CalendarMonth, system: CalendarSystem): DayKey[] {
  const first = toEpochDay(firstDayOfMonth(target, system))
  const next = toEpochDay(firstDayOfMonth(shiftMonth(target, 1), system))
  return Array.from({ length: next - first }, (_, index) => fromEpochDay(first + index))
}

/** The month as rows of seven, padded with null before the first and after the last day. */
export function monthWeeks(
  target: CalendarMonth,
  system: CalendarSystem,
  weekStart: Weekday,
): Array<Array<DayKey | null>> {
  const days = daysOfMonth(target, system)
  const first = days[0]
  const lead = first ? (weekdayOf(first) - weekStart + 7) % 7 : 0
  const cells: Array<DayKey | null> = [...Array<null>(lead).fill(null), ...days]
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: Array<Array<DayKey | null>> = []
  for (let index = 0; index < cells.length; index += 7) weeks.push(cells.slice(index, index + 7))
  return weeks
}

/** The seven weekdays in column order, starting from `weekStart`. */
export function weekdayColumns(weekStart: Weekday): Weekday[] {
  return Array.from({ length: 7 }, (_, index) => ((weekStart + index) % 7) as Weekday)
}
