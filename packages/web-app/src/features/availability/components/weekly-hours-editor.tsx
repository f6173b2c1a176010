import { Button, cx, fieldErrorText, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form'
import type { RangeDraft, ScheduleDraft } from '../schedule-form-model.ts'
import {
  clockOf,
  type IsoWeekday,
  MAX_RANGES_PER_DAY,
  parseClock,
  tidyClock,
  WEEK_ORDER,
  weekdayName,
} from '../weekly-rules.ts'

export interface WeeklyHoursEditorProps {
  /** Any edit: the form forgets its last save's outcome. */
  onEdit: () => void
}

const addButtonId = (weekday: IsoWeekday) => `weekly-add-${weekday}`

/** A new window starts where the day's last one ends (or at 09:00) and lasts four hours. */
function nextStart(ranges: readonly RangeDraft[], weekday: IsoWeekday): number {
  const lastEnd = parseClock(ranges.filter((range) => range.weekday === weekday).at(-1)?.end ?? '')
  return lastEnd !== null && lastEnd <= 20 * 60 ? lastEnd : 9 * 60
}

/** The week, a day at a time, over the form's one list of windows (useFieldArray). */
export function WeeklyHoursEditor({ onEdit }: WeeklyHoursEditorProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { control, getValues } = useFormContext<ScheduleDraft>()
  const { fields, append, remove } = useFieldArray({ control, name: 'ranges', keyName: 'key' })

  const addRange = (weekday: IsoWeekday) => {
    onEdit()
    const start = nextStart(getValues('ranges'), weekday)
    const clock = (minutes: number) => tidyClock(clockOf(minutes), language)
    // Focus goes to where typing continues.
    append(
      { weekday, start: clock(start), end: clock(Math.min(start + 240, 24 * 60)) },
      { focusName: `ranges.${fields.length}.start` },
    )
  }

  const removeRange = (weekday: IsoWeekday, index: number) => {
    onEdit()
    remove(index)
    requestAnimationFrame(() => document.getElementById(addButtonId(weekday))?.focus())
  }

  return (
    <ul className="flex flex-col divide-y divide-line">
      {WEEK_ORDER[language].map((weekday) => {
        const day = weekdayName(weekday, language)
        const indexes = fields.flatMap((field, index) => (field.weekday === weekday ? [index] : []))
        return (
          <li key={weekday} className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0">
            <div className="flex items-center justify-between gap-3">
              <h3 className="font-bold text-ink">{day}</h3>
              <Button
                id={addButtonId(weekday)}
                variant="ghost"
                className="min-h-10 px-3"
                aria-label={t('availability.weekly.addRangeTo', { day })}
                disabled={indexes.length >= MAX_RANGES_PER_DAY}
                onClick={() => addRange(weekday)}
              >
                <span aria-hidden="true">+</span>
                {t('availability.weekly.addRange')}
              </Button>
            </div>
            {indexes.length === 0 && (
              <p className="text-sm text-ink-muted">{t('availability.weekly.closed')}</p>
            )}
            {indexes.map((index, position) => (
              <RangeRow
                key={fields[index]?.key}
                index={index}
                number={position + 1}
                day={day}
                onEdit={onEdit}
                onRemove={() => removeRange(weekday, index)}
              />
            ))}
          </li>
        )
      })}
    </ul>
  )
}

interface RangeRowProps {
  index: number
  number: number
  day: string
  onEdit: () => void
  onRemove: () => void
}

function RangeRow({ index, number, day, onEdit, onRemove }: RangeRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { register, setValue, control, formState } = useFormContext<ScheduleDraft>()
  const range = useWatch({ control, name: `ranges.${index}` })
  const problems = formState.errors.ranges?.[index]
  const problem = fieldErrorText(problems?.start ?? problems?.end, t)
  const problemId = `range-${index}-problem`
  const field = (edge: 'start' | 'end') => {
    const name = `ranges.${index}.${edge}` as const
    return (
      <input
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
        aria-invalid={problems?.[edge] ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        className={cx(
          'min-h-11 w-24 rounded-xl border bg-surface px-3 text-center text-base text-ink tabular-nums',
          problems?.[edge] ? 'border-danger' : 'border-line-strong',
        )}
        {...register(name, {
          onChange: onEdit,
          onBlur: (event) => setValue(name, tidyClock(event.target.value, language)),
        })}
      />
    )
  }
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center gap-2">
        {field('start')}
        <span className="text-sm text-ink-muted">{t('availability.weekly.to')}</span>
        {field('end')}
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('availability.weekly.removeRange', {
            start: range?.start || '—',
            end: range?.end || '—',
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
          {problem}
        </p>
      )}
    </div>
  )
}
