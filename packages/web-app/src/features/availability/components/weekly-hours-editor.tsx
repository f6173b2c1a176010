import { Button, cx, formatNumber, type Language, useLanguage, useTranslation } from '@yektayar/ui'
import {
  clockOf,
  type IsoWeekday,
  MAX_RANGES_PER_DAY,
  newRangeId,
  parseClock,
  type RangeProblem,
  type TimeRange,
  tidyClock,
  WEEK_ORDER,
  type WeekDraft,
  weekdayName,
} from '../weekly-rules.ts'

export interface WeeklyHoursEditorProps {
  week: WeekDraft
  onChange: (week: WeekDraft) => void
  /** Problems to show (empty until the first save attempt). */
  problems: ReadonlyMap<string, RangeProblem>
}

/** The input ids a range's fields get, so a failed save can move focus to the first problem. */
export const rangeInputId = (rangeId: string, edge: 'start' | 'end') => `${rangeId}-${edge}`
const addButtonId = (weekday: IsoWeekday) => `weekly-add-${weekday}`

/** A new window starts where the day's last one ends (or at 09:00) and lasts four hours. */
function nextRange(ranges: TimeRange[], language: Language): TimeRange {
  const lastEnd = parseClock(ranges.at(-1)?.end ?? '')
  const start = lastEnd !== null && lastEnd <= 20 * 60 ? lastEnd : 9 * 60
  const clock = (minutes: number) => tidyClock(clockOf(minutes), language)
  return { id: newRangeId(), start: clock(start), end: clock(Math.min(start + 240, 24 * 60)) }
}

export function WeeklyHoursEditor({ week, onChange, problems }: WeeklyHoursEditorProps) {
  const { t } = useTranslation()
  const language = useLanguage()

  const setDay = (weekday: IsoWeekday, ranges: TimeRange[]) =>
    onChange({ ...week, [weekday]: ranges })

  const addRange = (weekday: IsoWeekday) => {
    const range = nextRange(week[weekday], language)
    setDay(weekday, [...week[weekday], range])
    // The new fields exist after React commits; focus goes to where typing continues.
    requestAnimationFrame(() => document.getElementById(rangeInputId(range.id, 'start'))?.focus())
  }

  const removeRange = (weekday: IsoWeekday, id: string) => {
    setDay(
      weekday,
      week[weekday].filter((range) => range.id !== id),
    )
    requestAnimationFrame(() => document.getElementById(addButtonId(weekday))?.focus())
  }

  const editRange = (weekday: IsoWeekday, id: string, patch: Partial<TimeRange>) =>
    setDay(
      weekday,
      week[weekday].map((range) => (range.id === id ? { ...range, ...patch } : range)),
    )

  return (
    <ul className="flex flex-col divide-y divide-line">
      {WEEK_ORDER[language].map((weekday) => {
        const day = weekdayName(weekday, language)
        const ranges = week[weekday]
        return (
          <li key={weekday} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
            <div className="flex items-center justify-between gap-3">
              <h3 className="font-bold text-ink">{day}</h3>
              <Button
                id={addButtonId(weekday)}
                variant="ghost"
                className="min-h-10 px-3"
                aria-label={t('availability.weekly.addRangeTo', { day })}
                disabled={ranges.length >= MAX_RANGES_PER_DAY}
                onClick={() => addRange(weekday)}
              >
                <span aria-hidden="true">+</span>
                {t('availability.weekly.addRange')}
              </Button>
            </div>
            {ranges.length === 0 && (
              <p className="text-sm text-ink-muted">{t('availability.weekly.closed')}</p>
            )}
            {ranges.map((range, index) => (
              <RangeRow
                key={range.id}
                range={range}
                number={index + 1}
                day={day}
                problem={problems.get(range.id)}
                onEdit={(patch) => editRange(weekday, range.id, patch)}
                onTidy={() =>
                  editRange(weekday, range.id, {
                    start: tidyClock(range.start, language),
                    end: tidyClock(range.end, language),
                  })
                }
                onRemove={() => removeRange(weekday, range.id)}
              />
            ))}
          </li>
        )
      })}
    </ul>
  )
}

interface RangeRowProps {
  range: TimeRange
  number: number
  day: string
  problem: RangeProblem | undefined
  onEdit: (patch: Partial<TimeRange>) => void
  onTidy: () => void
  onRemove: () => void
}

function RangeRow({ range, number, day, problem, onEdit, onTidy, onRemove }: RangeRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const problemId = `${range.id}-problem`
  const startBad = problem === 'startInvalid'
  const endBad = problem !== undefined && problem !== 'startInvalid'
  const field = (edge: 'start' | 'end', bad: boolean) => (
    <input
      id={rangeInputId(range.id, edge)}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      dir="ltr"
      maxLength={5}
      placeholder={tidyClock(edge === 'start' ? '09:00' : '17:00', language)}
      aria-label={t(`availability.weekly.${edge}Of`, {
        number: formatNumber(number, language),
        day,
      })}
      aria-invalid={bad || undefined}
      aria-describedby={problem ? problemId : undefined}
      value={range[edge]}
      onChange={(event) => onEdit({ [edge]: event.target.value })}
      onBlur={onTidy}
      className={cx(
        'min-h-11 w-24 rounded-xl border bg-surface px-3 text-center text-base text-ink tabular-nums',
        bad ? 'border-danger' : 'border-line-strong',
      )}
    />
  )
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        {field('start', startBad)}
        <span className="text-sm text-ink-muted">{t('availability.weekly.to')}</span>
        {field('end', endBad)}
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('availability.weekly.removeRange', {
            start: range.start || '—',
            end: range.end || '—',
            day,
          })}
          className="inline-flex size-11 items-center justify-center rounded-full text-ink-muted hover:bg-danger-soft hover:text-danger"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" stroke="currentColor">
            <path d="M6 6l12 12M18 6 6 18" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {problem && (
        <p id={problemId} className="text-sm font-medium text-danger">
          {t(`availability.weekly.problems.${problem}`)}
        </p>
      )}
    </div>
  )
}
