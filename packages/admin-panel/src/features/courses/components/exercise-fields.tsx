import { EXERCISE_KINDS, type ExerciseKind } from '@yektayar/shared/types'
import { formatNumber, TextAreaField, TextField, useLanguage, useTranslation } from '@yektayar/ui'
import { useId } from 'react'
import { parseWholeNumber } from '../form-errors.ts'
import type { BreathingField, LessonField, LessonValues } from '../lesson-form.ts'

export interface ExerciseFieldsProps {
  values: LessonValues
  problemText: (field: LessonField) => string | null
  onKind: (kind: ExerciseKind) => void
  onBreathing: (field: BreathingField, value: string) => void
  onChoices: (value: string) => void
}

const BREATHING_FIELDS: BreathingField[] = [
  'inhaleSeconds',
  'holdSeconds',
  'exhaleSeconds',
  'restSeconds',
  'cycles',
]

/** Which exercise, and its settings as the contract allows them. */
export function ExerciseFields(props: ExerciseFieldsProps) {
  const { values, problemText, onKind, onBreathing, onChoices } = props
  const { t } = useTranslation()
  const kind = values.exerciseKind
  const hintId = useId()
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-sm font-medium text-ink">
          {t('courses.exercise.kind')}
        </legend>
        <div className="grid gap-2 md:grid-cols-3">
          {EXERCISE_KINDS.map((option) => (
            <div
              key={option}
              className="flex flex-col gap-1 rounded-xl border border-line-strong p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft"
            >
              <label className="flex cursor-pointer items-center gap-2 font-semibold text-ink">
                <input
                  type="radio"
                  name="exercise-kind"
                  value={option}
                  checked={kind === option}
                  aria-describedby={`${hintId}-${option}`}
                  onChange={() => onKind(option)}
                  className="accent-primary"
                />
                {t(`courses.exercise.kinds.${option}`)}
              </label>
              <p id={`${hintId}-${option}`} className="text-sm text-ink-muted">
                {t(`courses.exercise.kindHints.${option}`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>
      {kind === 'breathing' ? (
        <BreathingFields values={values} problemText={problemText} onBreathing={onBreathing} />
      ) : (
        <TextAreaField
          label={t(
            kind === 'thought_record' ? 'courses.exercise.emotions' : 'courses.exercise.factors',
          )}
          hint={t(
            kind === 'thought_record'
              ? 'courses.exercise.emotionsHint'
              : 'courses.exercise.factorsHint',
          )}
          lang="fa"
          dir="rtl"
          rows={6}
          value={values.choices}
          error={problemText('choices')}
          onChange={(event) => onChoices(event.target.value)}
        />
      )}
    </div>
  )
}

function BreathingFields(
  props: Pick<ExerciseFieldsProps, 'values' | 'problemText' | 'onBreathing'>,
) {
  const { values, problemText, onBreathing } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const number = (field: BreathingField) => parseWholeNumber(values.breathing[field]) ?? 0
  const cycle =
    number('inhaleSeconds') +
    number('holdSeconds') +
    number('exhaleSeconds') +
    number('restSeconds')
  const total = cycle * number('cycles')
  const clock = `${formatNumber(Math.floor(total / 60), language)}:${formatNumber(total % 60, language, { minimumIntegerDigits: 2 })}`
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
        {BREATHING_FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`courses.exercise.${field}`)}
            inputMode="numeric"
            value={values.breathing[field]}
            error={problemText(field)}
            onChange={(event) => onBreathing(field, event.target.value)}
          />
        ))}
      </div>
      <p className="text-sm text-ink-muted" aria-live="polite">
        {t('courses.exercise.cycleReads', { cycle: formatNumber(cycle, language), total: clock })}
      </p>
    </div>
  )
}
