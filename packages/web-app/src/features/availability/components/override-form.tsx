import { zodResolver } from '@hookform/resolvers/zod'
import { createOverrideBodySchema } from '@yektayar/shared'
import type { CreateOverrideBody } from '@yektayar/shared/types'
import {
  addDays,
  Button,
  type DayKey,
  fieldErrorText,
  formatDay,
  MonthCalendar,
  TextField,
  useLanguage,
  useProblemMessage,
  useServerFieldErrors,
  useTranslation,
} from '@yektayar/ui'
import { useMemo } from 'react'
import { useController, useForm } from 'react-hook-form'
import { z } from 'zod'
import { useAddOverride } from '../api/overrides.ts'
import { clockOf, parseClock, type RangeProblem, tidyClock } from '../weekly-rules.ts'

export type OverrideKind = 'dayOff' | 'partOff' | 'extra'
const KINDS: OverrideKind[] = ['dayOff', 'partOff', 'extra']

/** How far ahead a special date may be set: a year, like the longest booking horizon. */
const DAYS_AHEAD = 366

export interface OverrideDraft {
  day: DayKey | null
  kind: OverrideKind
  start: string
  end: string
  note: string
}

export type OverrideProblem = 'noDate' | RangeProblem

/** The request body for a valid draft, or what is wrong with it. */
export function overrideBodyOf(
  draft: OverrideDraft,
): { body: CreateOverrideBody } | { problem: OverrideProblem } {
  if (!draft.day) return { problem: 'noDate' }
  const note = draft.note.trim() || undefined
  if (draft.kind === 'dayOff') return { body: { date: draft.day, kind: 'unavailable', note } }
  const start = parseClock(draft.start)
  const end = parseClock(draft.end)
  if (start === null || start >= 24 * 60) return { problem: 'startInvalid' }
  if (end === null) return { problem: 'endInvalid' }
  if (end <= start) return { problem: 'endNotAfterStart' }
  return {
    body: {
      date: draft.day,
      kind: draft.kind === 'extra' ? 'available' : 'unavailable',
      start: clockOf(start),
      end: clockOf(end),
      note,
    },
  }
}

const PROBLEM_FIELD: Record<OverrideProblem, 'day' | 'start' | 'end'> = {
  noDate: 'day',
  startInvalid: 'start',
  endInvalid: 'end',
  endNotAfterStart: 'end',
  // One range cannot overlap itself; the type is shared with the weekly editor's problems.
  overlap: 'end',
}

/**
 * The draft read into a request body (hours may be typed in Persian digits), which the shared
 * contract then checks as the server will.
 */
const overrideFormSchema = z
  .custom<OverrideDraft>()
  .transform((draft, context) => {
    const result = overrideBodyOf(draft)
    if ('body' in result) return result.body
    const message =
      result.problem === 'noDate'
        ? 'availability.overrides.chooseDate'
        : `availability.weekly.problems.${result.problem}`
    context.addIssue({ code: 'custom', path: [PROBLEM_FIELD[result.problem]], message })
    return z.NEVER
  })
  .pipe(createOverrideBodySchema)

const SERVER_FIELDS = {
  'body.date': 'day',
  'body.start': 'start',
  'body.end': 'end',
  'body.note': 'note',
} as const

export interface OverrideFormProps {
  /** Today in the psychologist's zone: the earliest day that can be chosen. */
  today: DayKey
  onDone: () => void
  onCancel: () => void
}

/** A Jalali (fa) or Gregorian (en) date, then what happens that day. */
export function OverrideForm({ today, onDone, onCancel }: OverrideFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const describe = useProblemMessage()
  const add = useAddOverride()
  const placeServerErrors = useServerFieldErrors()
  const form = useForm<OverrideDraft, unknown, CreateOverrideBody>({
    defaultValues: {
      day: null,
      kind: 'dayOff',
      start: tidyClock('09:00', language),
      end: tidyClock('13:00', language),
      note: '',
    },
    resolver: zodResolver(overrideFormSchema),
  })
  const { errors } = form.formState
  const dayField = useController({ control: form.control, name: 'day' })
  const kindField = useController({ control: form.control, name: 'kind' })
  const choosable = useMemo(
    () => new Set(Array.from({ length: DAYS_AHEAD }, (_, index) => addDays(today, index))),
    [today],
  )
  // Any edit starts over: the earlier problem or refusal no longer describes the form.
  const edited = () => {
    form.clearErrors()
    add.reset()
  }

  const submit = form.handleSubmit((body) =>
    add.mutate(body, {
      onSuccess: onDone,
      onError: (error) => placeServerErrors(error, SERVER_FIELDS, form.setError),
    }),
  )

  const fieldProblem = errors.day ?? errors.start ?? errors.end
  const problemText = fieldProblem
    ? fieldErrorText(fieldProblem, t)
    : add.isError && !errors.note
      ? describe(add.error)
      : null

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-5 rounded-2xl border border-line bg-surface-muted p-4"
    >
      <MonthCalendar
        label={t('availability.overrides.calendarLabel')}
        availableDays={choosable}
        selectedDay={dayField.field.value}
        onSelectDay={(day) => {
          edited()
          dayField.field.onChange(day)
        }}
        today={today}
        minDay={today}
        dayStatusLabels={{
          available: t('availability.overrides.dayChoosable'),
          unavailable: t('availability.overrides.dayNotChoosable'),
        }}
      />
      <p className="text-sm font-medium text-ink" aria-live="polite">
        {dayField.field.value
          ? t('availability.overrides.chosenDate', {
              date: formatDay(dayField.field.value, language),
            })
          : t('availability.overrides.chooseDate')}
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium text-ink">
          {t('availability.overrides.kind')}
        </legend>
        {KINDS.map((kind) => (
          <label key={kind} className="flex min-h-11 cursor-pointer items-center gap-3 text-ink">
            <input
              type="radio"
              name="override-kind"
              value={kind}
              checked={kindField.field.value === kind}
              onChange={() => {
                edited()
                kindField.field.onChange(kind)
              }}
              className="size-5 accent-primary"
            />
            {t(`availability.overrides.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {kindField.field.value !== 'dayOff' && (
        <div className="flex gap-3">
          {(['start', 'end'] as const).map((edge) => (
            <TextField
              key={edge}
              className="w-32"
              label={t(`availability.overrides.${edge}`)}
              inputMode="numeric"
              autoComplete="off"
              dir="ltr"
              maxLength={5}
              {...form.register(edge, {
                onChange: edited,
                onBlur: (event) => form.setValue(edge, tidyClock(event.target.value, language)),
              })}
              aria-invalid={errors[edge] ? true : undefined}
              inputClassName="text-center tabular-nums"
            />
          ))}
        </div>
      )}
      <TextField
        label={t('availability.overrides.note')}
        hint={t('availability.overrides.noteHint')}
        maxLength={200}
        error={fieldErrorText(errors.note, t)}
        {...form.register('note', { onChange: edited })}
      />
      {problemText && (
        <p role="alert" className="text-sm font-medium text-danger">
          {problemText}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={add.isPending}>
          {t('availability.overrides.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('availability.overrides.cancel')}
        </Button>
      </div>
    </form>
  )
}
