import { cx } from '../components/cx.ts'
import { type DayKey, formatDay } from '../format/date-time.ts'
import { formatNumber } from '../format/digits.ts'
import type { Language } from '../i18n/language.ts'
import { type CalendarSystem, calendarDate } from './calendar-math.ts'

const SEPARATOR: Record<Language, string> = { fa: '، ', en: ', ' }

export interface CalendarDayProps {
  day: DayKey
  system: CalendarSystem
  language: Language
  available: boolean
  selected: boolean
  today: boolean
  /** Holds the grid's single tab stop. */
  focusable: boolean
  /** Before the earliest day allowed; still focusable so the arrows can pass over it. */
  outOfRange: boolean
  /** Spoken after the date: whether the day has free times. */
  availability: string
  onChoose: () => void
}

export function CalendarDay(props: CalendarDayProps) {
  const { day, language, available, selected, today, focusable, outOfRange } = props
  const choosable = available && !outOfRange
  return (
    // The WAI-ARIA date-picker grid: the cell carries the selection, its button the focus.
    // biome-ignore lint/a11y/useFocusableInteractive: focus goes to the button inside.
    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid's cells.
    <td role="gridcell" aria-selected={selected} className="p-0.5">
      <button
        type="button"
        data-day={day}
        tabIndex={focusable ? 0 : -1}
        aria-label={`${formatDay(day, language)}${SEPARATOR[language]}${props.availability}`}
        aria-disabled={choosable ? undefined : true}
        aria-current={today ? 'date' : undefined}
        onClick={() => choosable && props.onChoose()}
        className={cx(
          'mx-auto flex size-10 items-center justify-center rounded-full text-base transition-colors sm:size-11',
          selected && 'bg-primary font-bold text-on-primary',
          !selected &&
            choosable &&
            'bg-primary-soft font-bold text-primary hover:bg-primary hover:text-on-primary',
          !choosable && 'cursor-default text-ink-muted',
          today && !selected && 'ring-1 ring-line-strong',
        )}
      >
        {formatNumber(calendarDate(day, props.system).day, language)}
      </button>
    </td>
  )
}
