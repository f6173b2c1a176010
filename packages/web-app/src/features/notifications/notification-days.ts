import type { NotificationView } from '@yektayar/shared/types'
import { addDays, type DayKey, dayKeyOf } from '@yektayar/ui'

export interface NotificationDay {
  day: DayKey
  /** "today" and "yesterday" read better than their dates; other days show the date. */
  relative: 'today' | 'yesterday' | null
  items: NotificationView[]
}

/**
 * Notifications (newest first, as the API pages them) under the civil day they arrived on in
 * the reader's zone; the heading shows that day in the reader's calendar (Jalali in fa).
 */
export function groupByDay(
  items: readonly NotificationView[],
  timeZone: string,
  now: number,
): NotificationDay[] {
  const today = dayKeyOf(now, timeZone)
  const yesterday = addDays(today, -1)
  const days: NotificationDay[] = []
  for (const item of items) {
    const day = dayKeyOf(item.createdAt, timeZone)
    const last = days.at(-1)
    if (last?.day === day) {
      last.items.push(item)
      continue
    }
    const relative = day === today ? 'today' : day === yesterday ? 'yesterday' : null
    days.push({ day, relative, items: [item] })
  }
  return days
}
