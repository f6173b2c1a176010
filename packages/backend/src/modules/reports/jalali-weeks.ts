import {
  dayNumberOf,
  isoDateOfDay,
  localInstant,
  weekdayOfDay,
} from '../professionals/local-time.ts'

/** The dashboard's calendar: Jalali weeks run Saturday to Friday in Tehran (DESIGN §5). */
export const REPORT_TIME_ZONE = 'Asia/Tehran'
const SATURDAY = 6

export interface ReportWeeks {
  /** Each week's Saturday, `YYYY-MM-DD`, oldest first; the last is the week of `now`. */
  starts: string[]
  /**
   * The weeks' boundaries as instants, `starts.length + 1` of them: the first Saturday's
   * midnight in Tehran up to the midnight after the current week's Friday.
   */
  edges: Date[]
}

/** The last `count` Jalali weeks up to and including the one `now` falls in. */
export function reportWeeks(count: number, now: Date): ReportWeeks {
  const today = dayNumberOf(now.getTime(), REPORT_TIME_ZONE)
  const saturday = today - ((weekdayOfDay(today) - SATURDAY + 7) % 7)
  const first = saturday - 7 * (count - 1)
  const days = Array.from({ length: count + 1 }, (_, index) => first + 7 * index)
  return {
    starts: days.slice(0, count).map(isoDateOfDay),
    edges: days.map((day) => new Date(localInstant(day, 0, REPORT_TIME_ZONE))),
  }
}
