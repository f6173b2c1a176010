import type { NotificationView } from '@yektayar/shared/types'
import { formatDay, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { useNow } from '../../../shared/use-now.ts'
import { groupByDay, type NotificationDay } from '../notification-days.ts'
import { NotificationRow } from './notification-row.tsx'

/** The list under one heading per day, in the reader's calendar and zone. */
export function NotificationDays({ items }: { items: readonly NotificationView[] }) {
  const timeZone = useTimeZone()
  const days = groupByDay(items, timeZone, useNow(60_000))
  return (
    <div className="flex flex-col gap-6">
      {days.map((day) => (
        <DaySection key={day.day} day={day} />
      ))}
    </div>
  )
}

function DaySection({ day }: { day: NotificationDay }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const headingId = `day-${day.day}`
  const date = formatDay(day.day, language, 'full')
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-sm font-bold text-ink-muted">
        {day.relative ? `${t(`notifications.${day.relative}`)} — ${date}` : date}
      </h2>
      <ul className="flex flex-col divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface">
        {day.items.map((item) => (
          <li key={item.id}>
            <NotificationRow notification={item} />
          </li>
        ))}
      </ul>
    </section>
  )
}
