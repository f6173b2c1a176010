import {
  type KeyboardEvent,
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import { cx } from '../components/cx.ts'
import { type DayKey, dayKeyOf, formatDay } from '../format/date-time.ts'
import { useTimeZone } from '../format/time-zone.tsx'
import { directionOf } from '../i18n/language.ts'
import { useLanguage } from '../i18n/use-language.ts'
import { CalendarDay } from './calendar-day.tsx'
import { dayAfterKey } from './calendar-keys.ts'
import {
  CALENDAR_OF,
  daysOfMonth,
  firstDayOfMonth,
  monthOf,
  monthWeeks,
  shiftMonth,
  WEEK_START_OF,
  type Weekday,
} from './calendar-math.ts'
import { MonthHeader } from './month-header.tsx'
import { WeekdayHeader } from './weekday-header.tsx'

export interface MonthCalendarProps {
  /** Days with at least one free slot: highlighted and selectable; the rest are muted. */
  availableDays: ReadonlySet<DayKey>
  selectedDay: DayKey | null
  onSelectDay: (day: DayKey) => void
  /** Names the grid for screen readers, e.g. "Choose a day for your session". */
  label: string
  /** Defaults to the current day in the user's zone; tests pin it. */
  today?: DayKey
  /** Earliest day the calendar moves to; booking passes today. */
  minDay?: DayKey
  /** Defaults to Saturday in fa and Sunday in en. */
  weekStartsOn?: Weekday
  /**
   * Spoken after each date; defaults to "free times available" / "no free times", which suit
   * booking. A calendar that picks dates for another purpose says what choosable means there.
   */
  dayStatusLabels?: { available: string; unavailable: string }
  /** The month on screen, when it first shows and whenever it changes: to fetch its slots. */
  onMonthChange?: (firstDay: DayKey, lastDay: DayKey) => void
  className?: string
}

/**
 * A month of days to choose from: Jalali with Saturday-first weeks in fa, Gregorian in en.
 * One day holds the tab stop (roving tabindex) and the arrow keys move it, as in the WAI-ARIA
 * date-picker pattern; muted days stay focusable so the arrows never skip over them.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { availableDays, selectedDay, onSelectDay, label, minDay, className } = props
  const language = useLanguage()
  const { t } = useTranslation('ui')
  const timeZone = useTimeZone()
  const system = CALENDAR_OF[language]
  const weekStart = props.weekStartsOn ?? WEEK_START_OF[language]
  const today = props.today ?? dayKeyOf(Date.now(), timeZone)
  const clamp = (day: DayKey) => (minDay && day < minDay ? minDay : day)
  const [focusedDay, setFocusedDay] = useState(() =>
    clamp(selectedDay ?? firstAvailableFrom(availableDays, today) ?? today),
  )
  const moveFocus = useRef(false)
  const grid = useRef<HTMLTableElement>(null)
  const captionId = useId()

  const month = monthOf(focusedDay, system)
  const monthKey = `${month.year}-${month.month}`
  // biome-ignore lint/correctness/useExhaustiveDependencies: monthKey stands for `month`.
  const weeks = useMemo(() => monthWeeks(month, system, weekStart), [monthKey, system, weekStart])
  const firstDay = weeks.flat().find(Boolean) ?? focusedDay
  const lastDay = weeks.flat().findLast(Boolean) ?? focusedDay

  const announceMonth = useEffectEvent(() => props.onMonthChange?.(firstDay, lastDay))
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per month shown.
  useEffect(() => announceMonth(), [monthKey, system])

  // Only keyboard moves take focus along; clicks on the month buttons leave it where it is.
  useLayoutEffect(() => {
    if (!moveFocus.current) return
    moveFocus.current = false
    grid.current?.querySelector<HTMLElement>(`[data-day="${focusedDay}"]`)?.focus()
  }, [focusedDay])

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const rtl = directionOf(language) === 'rtl'
    const next = dayAfterKey(event.key, focusedDay, { rtl, weekStart, system })
    if (!next) return
    event.preventDefault()
    moveFocus.current = true
    setFocusedDay(clamp(next))
  }

  const showMonth = (delta: number) => {
    const target = shiftMonth(month, delta)
    const available = daysOfMonth(target, system).find((day) => availableDays.has(day))
    setFocusedDay(clamp(available ?? firstDayOfMonth(target, system)))
  }

  return (
    <div className={cx('flex flex-col gap-3', className)}>
      <MonthHeader
        captionId={captionId}
        caption={formatDay(focusedDay, language, 'monthYear')}
        previousLabel={t('calendar.previousMonth')}
        nextLabel={t('calendar.nextMonth')}
        canGoBack={!minDay || firstDay > minDay}
        onPrevious={() => showMonth(-1)}
        onNext={() => showMonth(1)}
      />
      <table
        ref={grid}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: role=grid makes screen readers pass the arrow keys through, as the WAI-ARIA date-picker pattern asks.
        role="grid"
        aria-label={label}
        aria-describedby={captionId}
        onKeyDown={onKeyDown}
        className="w-full table-fixed border-separate border-spacing-y-1 text-center"
      >
        <WeekdayHeader weekStart={weekStart} language={language} />
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((day, column) =>
                day ? (
                  <CalendarDay
                    key={day}
                    day={day}
                    system={system}
                    language={language}
                    available={availableDays.has(day)}
                    selected={day === selectedDay}
                    today={day === today}
                    focusable={day === focusedDay}
                    outOfRange={Boolean(minDay && day < minDay)}
                    availability={
                      availableDays.has(day)
                        ? (props.dayStatusLabels?.available ?? t('calendar.hasSlots'))
                        : (props.dayStatusLabels?.unavailable ?? t('calendar.noSlots'))
                    }
                    onChoose={() => {
                      setFocusedDay(day)
                      onSelectDay(day)
                    }}
                  />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have no identity.
                  <td key={`blank-${column}`} role="presentation" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function firstAvailableFrom(days: ReadonlySet<DayKey>, from: DayKey): DayKey | undefined {
  return [...days].filter((day) => day >= from).sort()[0]
}
