import type { CreateOverrideBody } from '@yektayar/shared/types'
import {
  addDays,
  Button,
  type DayKey,
  formatDay,
  MonthCalendar,
  TextField,
  useLanguage,
  useProblemMessage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useMemo, useState } from 'react'
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
  const [draft, setDraft] = useState<OverrideDraft>(() => ({
    day: null,
    kind: 'dayOff',
    start: tidyClock('09:00', language),
    end: tidyClock('13:00', language),
    note: '',
  }))
  const [problem, setProblem] = useState<OverrideProblem | null>(null)
  const choosable = useMemo(
    () => new Set(Array.from({ length: DAYS_AHEAD }, (_, index) => addDays(today, index))),
    [today],
  )
  const update = (patch: Partial<OverrideDraft>) => {
    setProblem(null)
    add.reset()
    setDraft((current) => ({ ...current, ...patch }))
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = overrideBodyOf(draft)
    if ('problem' in result) return setProblem(result.problem)
    add.mutate(result.body, { onSuccess: onDone })
  }

  const problemText =
    problem === 'noDate'
      ? t('availability.overrides.chooseDate')
      : problem
        ? t(`availability.weekly.problems.${problem}`)
        : add.isError
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
        selectedDay={draft.day}
        onSelectDay={(day) => update({ day })}
        today={today}
        minDay={today}
        dayStatusLabels={{
          available: t('availability.overrides.dayChoosable'),
          unavailable: t('availability.overrides.dayNotChoosable'),
        }}
      />
      <p className="text-sm font-medium text-ink" aria-live="polite">
        {draft.day
          ? t('availability.overrides.chosenDate', { date: formatDay(draft.day, language) })
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
              checked={draft.kind === kind}
              onChange={() => update({ kind })}
              className="size-5 accent-primary"
            />
            {t(`availability.overrides.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      {draft.kind !== 'dayOff' && (
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
              value={draft[edge]}
              onChange={(event) => update({ [edge]: event.target.value })}
              onBlur={() => update({ [edge]: tidyClock(draft[edge], language) })}
              aria-invalid={
                (edge === 'start' ? problem === 'startInvalid' : problem === 'endInvalid') ||
                (edge === 'end' && problem === 'endNotAfterStart') ||
                undefined
              }
              inputClassName="text-center tabular-nums"
            />
          ))}
        </div>
      )}
      <TextField
        label={t('availability.overrides.note')}
        hint={t('availability.overrides.noteHint')}
        maxLength={200}
        value={draft.note}
        onChange={(event) => update({ note: event.target.value })}
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
