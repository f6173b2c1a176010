import type { AvailabilityRuleInput } from '@yektayar/shared/types'
import { type Language, toLatinDigits } from '@yektayar/ui'

/** ISO weekday, as the API counts: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** One working window as typed: either digit kind, validated only when saving. */
export interface TimeRange {
  /** Stable across edits, for React keys and error lookup; never sent to the API. */
  id: string
  start: string
  end: string
}

export type WeekDraft = Record<IsoWeekday, TimeRange[]>

export type RangeProblem = 'startInvalid' | 'endInvalid' | 'endNotAfterStart' | 'overlap'

/** The API takes at most 70 windows; ten a day is more than any real week needs. */
export const MAX_RANGES_PER_DAY = 10

/** Iranian weeks run Saturday to Friday; en follows en-US (Sunday first), as the calendar does. */
export const WEEK_ORDER: Record<Language, IsoWeekday[]> = {
  fa: [6, 7, 1, 2, 3, 4, 5],
  en: [7, 1, 2, 3, 4, 5, 6],
}

/** Monday to Sunday, the API's order. */
export const ISO_WEEK: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7]

let nextId = 0
/** A fresh range id; a counter is enough since ids only need to be unique on this page. */
export function newRangeId(): string {
  nextId += 1
  return `range-${nextId}`
}

/**
 * Minutes after midnight of a typed clock time, or null. Accepts Persian and Arabic-Indic
 * digits, `9`, `9:30`, `09:30`, `۹:۳۰`, and `24:00` (the end of a window at midnight).
 */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2})(?:[:.٫](\d{2}))?$/.exec(toLatinDigits(text.trim()))
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2] ?? '0')
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return null
  return hours * 60 + minutes
}

/** `HH:MM` with Latin digits, as the API stores it. */
export function clockOf(minutes: number): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0')
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`
}

/** A typed time tidied for display (`9:3` stays as typed; `۹:۳۰` becomes `۰۹:۳۰`). */
export function tidyClock(text: string, language: Language): string {
  const minutes = parseClock(text)
  if (minutes === null) return text
  const clock = clockOf(minutes)
  return language === 'fa' ? toPersianDigits(clock) : clock
}

function toPersianDigits(text: string): string {
  return text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)))
}

/** The saved rules as an editable week, each day's windows in time order. */
export function weekFromRules(rules: readonly AvailabilityRuleInput[], language: Language) {
  const week = emptyWeek()
  const sorted = [...rules].sort((a, b) => a.start.localeCompare(b.start))
  for (const rule of sorted) {
    week[rule.weekday as IsoWeekday].push({
      id: newRangeId(),
      start: tidyClock(rule.start, language),
      end: tidyClock(rule.end, language),
    })
  }
  return week
}

export function emptyWeek(): WeekDraft {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] }
}

/**
 * What is wrong with each window, by range id; an empty map means the week can be saved.
 * Windows of one day may touch (12:00–14:00 then 14:00–16:00) but not overlap.
 */
export function validateWeek(week: WeekDraft): Map<string, RangeProblem> {
  const problems = new Map<string, RangeProblem>()
  for (const day of ISO_WEEK) {
    const valid: { id: string; start: number; end: number }[] = []
    for (const range of week[day]) {
      const start = parseClock(range.start)
      const end = parseClock(range.end)
      if (start === null || start >= 24 * 60) problems.set(range.id, 'startInvalid')
      else if (end === null) problems.set(range.id, 'endInvalid')
      else if (end <= start) problems.set(range.id, 'endNotAfterStart')
      else valid.push({ id: range.id, start, end })
    }
    valid.sort((a, b) => a.start - b.start)
    for (const [index, range] of valid.entries()) {
      const previous = valid[index - 1]
      if (previous && range.start < previous.end) problems.set(range.id, 'overlap')
    }
  }
  return problems
}

/** The week's windows in the order the API stores them (weekday, then start), with their ids. */
export function orderedWindows(week: WeekDraft): { id: string; rule: AvailabilityRuleInput }[] {
  return ISO_WEEK.flatMap((weekday) =>
    week[weekday]
      .map((range) => ({
        id: range.id,
        rule: {
          weekday,
          start: clockOf(parseClock(range.start) ?? 0),
          end: clockOf(parseClock(range.end) ?? 0),
        },
      }))
      .sort((a, b) => a.rule.start.localeCompare(b.rule.start)),
  )
}

/** The week as the API takes it; call only once validateWeek found nothing. */
export function rulesFromWeek(week: WeekDraft): AvailabilityRuleInput[] {
  return orderedWindows(week).map(({ rule }) => rule)
}

/** The weekday's name in the reader's language (2024-01-01 was a Monday). */
export function weekdayName(weekday: IsoWeekday, language: Language): string {
  const locale = language === 'fa' ? 'fa-IR' : 'en-US'
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  )
}
