import { DATE_LOCALES } from '../format/date-time.ts'
import type { Language } from '../i18n/language.ts'
import { type Weekday, weekdayColumns } from './calendar-math.ts'

// 4 January 1970 was a Sunday; adding a weekday number gives a day with that weekday.
const SUNDAY_MS = Date.UTC(1970, 0, 4, 12)
const DAY_MS = 86_400_000

function weekdayName(weekday: Weekday, language: Language, width: 'narrow' | 'long'): string {
  const format = new Intl.DateTimeFormat(DATE_LOCALES[language], {
    weekday: width,
    timeZone: 'UTC',
  })
  return format.format(new Date(SUNDAY_MS + weekday * DAY_MS))
}

export interface WeekdayHeaderProps {
  weekStart: Weekday
  language: Language
}

/** One-letter column heads on screen; screen readers hear the full weekday name. */
export function WeekdayHeader({ weekStart, language }: WeekdayHeaderProps) {
  return (
    <thead>
      <tr>
        {weekdayColumns(weekStart).map((weekday) => (
          <th key={weekday} scope="col" className="pb-1 text-sm font-medium text-ink-muted">
            <span aria-hidden="true">{weekdayName(weekday, language, 'narrow')}</span>
            <span className="sr-only">{weekdayName(weekday, language, 'long')}</span>
          </th>
        ))}
      </tr>
    </thead>
  )
}
