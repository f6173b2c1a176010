import type { ExerciseAnswerContent, ExerciseDefinition } from '@yektayar/shared/types'
import { cx, TextAreaField, useTranslation } from '@yektayar/ui'
import { type ReactNode, useState } from 'react'
import { RatingScale } from './rating-scale.tsx'

type MoodCheckin = Extract<ExerciseDefinition, { kind: 'mood_checkin' }>

export interface MoodCheckinExerciseProps {
  exercise: MoodCheckin
  save: (answer: ExerciseAnswerContent) => void
  /** The share switch and the submit button. */
  footer: () => ReactNode
}

const LEVELS = [1, 2, 3, 4, 5] as const
const MAX_FACTORS = 10

/** A daily mood check-in: how I feel (1–5), what played a part, and a note if I like. */
export function MoodCheckinExercise({ exercise, save, footer }: MoodCheckinExerciseProps) {
  const { t } = useTranslation()
  const [mood, setMood] = useState<number | null>(null)
  const [factors, setFactors] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [missing, setMissing] = useState(false)
  const toggle = (factor: string) =>
    setFactors((chosen) =>
      chosen.includes(factor)
        ? chosen.filter((item) => item !== factor)
        : [...chosen, factor].slice(0, MAX_FACTORS),
    )

  return (
    <form
      noValidate
      aria-labelledby="mood-title"
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault()
        if (mood === null) return setMissing(true)
        const trimmed = note.trim()
        save({ kind: 'mood_checkin', mood, factors, ...(trimmed ? { note: trimmed } : {}) })
      }}
    >
      <h2 id="mood-title" className="text-xl font-bold text-ink">
        {t('courses.mood.title')}
      </h2>
      <RatingScale
        label={t('courses.mood.question')}
        value={mood}
        onChange={(value) => {
          setMood(value)
          setMissing(false)
        }}
        choices={LEVELS.map((level) => ({ value: level, text: t(`courses.mood.levels.${level}`) }))}
      />
      {missing && (
        <p role="alert" className="text-sm font-medium text-danger">
          {t('courses.mood.required')}
        </p>
      )}
      {exercise.factors.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-sm font-medium text-ink">{t('courses.mood.factors')}</legend>
          <div className="flex flex-wrap gap-2">
            {exercise.factors.map((factor) => (
              <label
                key={factor}
                className={cx(
                  'flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-primary',
                  factors.includes(factor)
                    ? 'border-primary bg-primary-soft text-primary'
                    : 'border-line-strong bg-surface text-ink',
                )}
              >
                <input
                  type="checkbox"
                  checked={factors.includes(factor)}
                  onChange={() => toggle(factor)}
                  className="size-4 accent-primary"
                />
                {factor}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextAreaField
        label={t('courses.mood.note')}
        maxLength={1000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {footer()}
    </form>
  )
}
