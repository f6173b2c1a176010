import {
  DAY_MS,
  dayNumberOf,
  isoDateOfDay,
  localDays,
  localInstant,
  MINUTE_MS,
  minutesOfDay,
  weekdayOfDay,
} from './local-time.ts'

/** Half-open interval of epoch milliseconds. */
export interface Interval {
  start: number
  end: number
}

export interface WeeklyRule {
  /** ISO weekday in the psychologist's zone, 1 = Monday. */
  weekday: number
  start: string
  end: string
}

export interface DateOverride {
  date: string
  kind: 'unavailable' | 'available'
  start: string | null
  end: string | null
}

export interface SchedulePolicy {
  timeZone: string
  minNoticeMinutes: number
  bookingHorizonDays: number
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
  slotStepMinutes: number
  blockHolidays: boolean
}

/** Everything that decides a psychologist's free time, loaded once per request. */
export interface Schedule {
  policy: SchedulePolicy
  rules: WeeklyRule[]
  overrides: DateOverride[]
  /** Local dates (`YYYY-MM-DD`) of official holidays. */
  holidays: ReadonlySet<string>
  /** Blocked ranges (session plus its buffers) of live appointments, any order. */
  busy: Interval[]
}

export interface SlotQuery {
  from: number
  to: number
  durationMinutes: number
  now: number
  /** Stop after this many (the directory wants only the first). */
  limit?: number
}

export type SlotRejection = 'past' | 'too_soon' | 'too_far' | 'holiday' | 'unavailable' | 'taken'

/** Free slots starting in [from, to), ascending, as UTC instants. */
export function computeFreeSlots(schedule: Schedule, query: SlotQuery): Interval[] {
  const { policy } = schedule
  const duration = query.durationMinutes * MINUTE_MS
  const earliest = Math.max(query.from, query.now + policy.minNoticeMinutes * MINUTE_MS)
  const latest = Math.min(query.to, query.now + policy.bookingHorizonDays * DAY_MS)
  if (earliest >= latest) return []
  const busy = [...schedule.busy].sort((a, b) => a.start - b.start)
  const slots: Interval[] = []
  let cursor = 0
  for (const day of localDays(earliest, latest, policy.timeZone)) {
    for (const start of openStarts(schedule, day, duration, true)) {
      if (start < earliest || start >= latest) continue
      const padded = paddedSlot(policy, start, duration)
      while (cursor < busy.length && (busy[cursor] as Interval).end <= padded.start) cursor++
      if (!overlapsFrom(busy, cursor, padded)) slots.push({ start, end: start + duration })
      if (slots.length === query.limit) return slots
    }
  }
  return slots
}

/** Why one slot cannot be booked, or null when it can; the database has the last word. */
export function checkSlot(
  schedule: Schedule,
  slot: { start: number; durationMinutes: number; now: number },
): SlotRejection | null {
  const { policy } = schedule
  const duration = slot.durationMinutes * MINUTE_MS
  if (slot.start < slot.now) return 'past'
  if (slot.start < slot.now + policy.minNoticeMinutes * MINUTE_MS) return 'too_soon'
  if (slot.start >= slot.now + policy.bookingHorizonDays * DAY_MS) return 'too_far'
  const day = dayNumberOf(slot.start, policy.timeZone)
  if (!openStarts(schedule, day, duration, true).includes(slot.start)) {
    const openOnWorkday = openStarts(schedule, day, duration, false).includes(slot.start)
    return policy.blockHolidays && openOnWorkday ? 'holiday' : 'unavailable'
  }
  const padded = paddedSlot(policy, slot.start, duration)
  return overlapsFrom(schedule.busy, 0, padded) ? 'taken' : null
}

/** The session widened by the psychologist's buffers: what must not touch another booking. */
export function paddedSlot(policy: SchedulePolicy, start: number, duration: number): Interval {
  return {
    start: start - policy.bufferBeforeMinutes * MINUTE_MS,
    end: start + duration + policy.bufferAfterMinutes * MINUTE_MS,
  }
}

function overlapsFrom(busy: Interval[], from: number, slot: Interval): boolean {
  for (let i = from; i < busy.length; i++) {
    const other = busy[i] as Interval
    if (other.start < slot.end && other.end > slot.start) return true
  }
  return false
}

/**
 * Slot starts on one local day, before bookings are considered. Each working window lays its
 * own grid from its start (a 09:00 window with a 50-minute step gives 09:00, 09:50 …); a slot
 * may run on into an adjoining window, the next day's too (a 23:30 start in hours open until
 * midnight and from midnight), but never into time off.
 */
function openStarts(
  schedule: Schedule,
  day: number,
  duration: number,
  honourHolidays: boolean,
): number[] {
  const { working, open: today } = dayWindows(schedule, day, honourHolidays)
  const midnight = localInstant(day + 1, 0, schedule.policy.timeZone)
  const open = today.some((o) => o.end >= midnight)
    ? merge([...today, ...dayWindows(schedule, day + 1, honourHolidays).open])
    : today
  const step = schedule.policy.slotStepMinutes * MINUTE_MS
  const starts = new Set<number>()
  for (const window of working) {
    for (let start = window.start; start < window.end; start += step) {
      if (open.some((o) => o.start <= start && start + duration <= o.end)) starts.add(start)
    }
  }
  return [...starts].sort((a, b) => a - b)
}

/** One local day's working windows and, with its time off cut out, its open time. */
function dayWindows(schedule: Schedule, day: number, honourHolidays: boolean) {
  const date = isoDateOfDay(day)
  const weekday = weekdayOfDay(day)
  const zone = schedule.policy.timeZone
  const holiday = honourHolidays && schedule.policy.blockHolidays && schedule.holidays.has(date)
  const overrides = schedule.overrides.filter((o) => o.date === date)
  const working = [
    ...(holiday ? [] : schedule.rules.filter((r) => r.weekday === weekday)),
    ...overrides.filter((o) => o.kind === 'available'),
  ].map((w) => windowOf(day, zone, w.start, w.end))
  const off = overrides
    .filter((o) => o.kind === 'unavailable')
    .map((o) => windowOf(day, zone, o.start, o.end))
  return { working, open: subtract(merge(working), merge(off)) }
}

/** A local window of one day; no times means the whole day. */
function windowOf(day: number, zone: string, start: string | null, end: string | null): Interval {
  return {
    start: localInstant(day, start ? minutesOfDay(start) : 0, zone),
    end: localInstant(day, end ? minutesOfDay(end) : 1440, zone),
  }
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged.at(-1)
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged
}

function subtract(from: Interval[], remove: Interval[]): Interval[] {
  let result = from
  for (const cut of remove) {
    result = result.flatMap((part) => {
      if (cut.end <= part.start || cut.start >= part.end) return [part]
      const pieces: Interval[] = []
      if (cut.start > part.start) pieces.push({ start: part.start, end: cut.start })
      if (cut.end < part.end) pieces.push({ start: cut.end, end: part.end })
      return pieces
    })
  }
  return result
}
