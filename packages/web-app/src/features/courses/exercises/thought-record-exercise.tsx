import { zodResolver } from '@hookform/resolvers/zod'
import { thoughtRecordAnswerSchema } from '@yektayar/shared'
import type { ExerciseAnswerContent, ExerciseDefinition } from '@yektayar/shared/types'
import {
  cx,
  fieldErrorText,
  formatNumber,
  TextAreaField,
  TextField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import { useForm } from 'react-hook-form'

type ThoughtRecord = Extract<ExerciseDefinition, { kind: 'thought_record' }>

export interface ThoughtRecordExerciseProps {
  exercise: ThoughtRecord
  save: (answer: ExerciseAnswerContent) => void
  /** The share switch and the submit button. */
  footer: () => ReactNode
}

const OPTIONS = {
  error: (issue: { code?: string }) =>
    issue.code === 'too_small' ? 'courses.thoughtRecord.required' : undefined,
}

const EMPTY = {
  kind: 'thought_record' as const,
  situation: '',
  automaticThought: '',
  emotion: '',
  intensityBefore: 50,
  evidenceFor: '',
  evidenceAgainst: '',
  balancedThought: '',
  intensityAfter: 50,
}

/**
 * A CBT thought record, step by step: the situation, the automatic thought, the emotion and how
 * strong it is, the evidence both ways, a balanced thought, and the emotion rated again.
 */
export function ThoughtRecordExercise({ exercise, save, footer }: ThoughtRecordExerciseProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const form = useForm({
    defaultValues: EMPTY,
    resolver: zodResolver(thoughtRecordAnswerSchema, OPTIONS),
  })
  const { errors } = form.formState
  const emotion = form.watch('emotion')
  const before = form.watch('intensityBefore')
  const after = form.watch('intensityAfter') ?? 50
  const rating = (name: 'intensityBefore' | 'intensityAfter', label: string) => (
    <div className="flex flex-col gap-2">
      <label htmlFor={`thought-${name}`} className="text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={`thought-${name}`}
        type="range"
        min={0}
        max={100}
        step={5}
        className="w-full accent-primary"
        {...form.register(name, { valueAsNumber: true })}
      />
    </div>
  )

  return (
    <form
      noValidate
      aria-labelledby="thought-record-title"
      onSubmit={form.handleSubmit((answer) => save(answer))}
      className="flex flex-col gap-5"
    >
      <h2 id="thought-record-title" className="text-xl font-bold text-ink">
        {t('courses.thoughtRecord.title')}
      </h2>
      <TextAreaField
        label={t('courses.thoughtRecord.situation')}
        hint={t('courses.thoughtRecord.situationHint')}
        error={fieldErrorText(errors.situation, t)}
        maxLength={2000}
        {...form.register('situation')}
      />
      <TextAreaField
        label={t('courses.thoughtRecord.thought')}
        hint={t('courses.thoughtRecord.thoughtHint')}
        error={fieldErrorText(errors.automaticThought, t)}
        maxLength={2000}
        {...form.register('automaticThought')}
      />
      <div className="flex flex-col gap-2">
        <TextField
          label={t('courses.thoughtRecord.emotion')}
          hint={t('courses.thoughtRecord.emotionHint')}
          error={fieldErrorText(errors.emotion, t)}
          maxLength={60}
          {...form.register('emotion')}
        />
        {exercise.emotions.length > 0 && (
          <div className="flex flex-wrap gap-2">
            {exercise.emotions.map((suggestion) => (
              <button
                key={suggestion}
                type="button"
                aria-pressed={emotion === suggestion}
                onClick={() => form.setValue('emotion', suggestion, { shouldValidate: true })}
                className={cx(
                  'min-h-11 rounded-full border px-4 text-sm font-medium',
                  emotion === suggestion
                    ? 'border-primary bg-primary text-on-primary'
                    : 'border-line-strong bg-surface text-ink hover:bg-surface-muted',
                )}
              >
                {suggestion}
              </button>
            ))}
          </div>
        )}
      </div>
      {rating(
        'intensityBefore',
        t('courses.thoughtRecord.intensityBefore', { value: formatNumber(before, language) }),
      )}
      <TextAreaField
        label={t('courses.thoughtRecord.evidenceFor')}
        maxLength={2000}
        {...form.register('evidenceFor')}
      />
      <TextAreaField
        label={t('courses.thoughtRecord.evidenceAgainst')}
        maxLength={2000}
        {...form.register('evidenceAgainst')}
      />
      <TextAreaField
        label={t('courses.thoughtRecord.balanced')}
        hint={t('courses.thoughtRecord.balancedHint')}
        maxLength={2000}
        {...form.register('balancedThought')}
      />
      {rating(
        'intensityAfter',
        t('courses.thoughtRecord.intensityAfter', { value: formatNumber(after, language) }),
      )}
      {footer()}
    </form>
  )
}
