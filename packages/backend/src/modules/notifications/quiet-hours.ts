import type { QuietHours } from '@yektayar/shared'
import { DateTime } from 'luxon'

const FALLBACK_ZONE = 'Asia/Tehran'

const minutesOf = (clock: string) => {
  const [hours = '0', minutes = '0'] = clock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

/**
 * When quiet hours end if `now` falls inside them in the person's own zone, else null. A
 * window may cross midnight (22:00–08:00); start = end means no window. An unknown zone reads
 * as Tehran's rather than dropping the window.
 */
export function quietHoursEnd(now: Date, zone: string, quiet: QuietHours): Date | null {
  if (!quiet.enabled) return null
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return null
  let local = DateTime.fromJSDate(now, { zone })
  if (!local.isValid) local = DateTime.fromJSDate(now, { zone: FALLBACK_ZONE })
  const minute = local.hour * 60 + local.minute
  const crossesMidnight = start > end
  const inside = crossesMidnight ? minute >= start || minute < end : minute >= start && minute < end
  if (!inside) return null
  const day = crossesMidnight && minute >= start ? local.plus({ days: 1 }) : local
  const endsAt = day.set({
    hour: Math.floor(end / 60),
    minute: end % 60,
    second: 0,
    millisecond: 0,
  })
  return endsAt.toJSDate()
}
