import type { AssessmentDetail } from '@yektayar/shared/types'
import { Button, formatNumber, TextAreaField, useLanguage, useTranslation } from '@yektayar/ui'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'

export interface ReviewScreenProps {
  assessment: AssessmentDetail
  answers: Map<string, number>
  note: string
  onNote: (note: string) => void
  onChange: (index: number) => void
  onSubmit: () => void
  submitting: boolean
  error: unknown
}

/** Every answer at a glance, each one tap from changing it; an optional note; send. */
export function ReviewScreen(props: ReviewScreenProps) {
  const { assessment, answers, note, onNote, onChange, onSubmit, submitting, error } = props
  const { t } = useTranslation()
  const language = useLanguage()
  const labelOf = (value: number | undefined) => {
    const option = assessment.options.find((o) => o.value === value)
    return option ? inLanguage(option.label, language) : t('assessments.take.unanswered')
  }
  const complete = assessment.items.every((item) => answers.has(item.id))
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault()
        if (complete) onSubmit()
      }}
    >
      <p className="text-ink-muted">{t('assessments.take.reviewLead')}</p>
      <ol className="flex flex-col divide-y divide-line rounded-xl border border-line bg-surface">
        {assessment.items.map((item, index) => (
          <li key={item.id} className="flex items-center justify-between gap-3 px-4 py-3">
            <div className="flex min-w-0 flex-col">
              <span className="text-ink">
                {formatNumber(index + 1, language)}. {inLanguage(item.text, language)}
              </span>
              <span className="text-sm font-semibold text-primary">
                {labelOf(answers.get(item.id))}
              </span>
            </div>
            <Button
              type="button"
              variant="ghost"
              onClick={() => onChange(index)}
              aria-label={`${t('assessments.take.change')}: ${formatNumber(index + 1, language)}`}
            >
              {t('assessments.take.change')}
            </Button>
          </li>
        ))}
      </ol>
      <TextAreaField
        label={t('assessments.take.note')}
        hint={t('assessments.take.noteHint')}
        value={note}
        maxLength={2000}
        rows={3}
        dir="auto"
        onChange={(event) => onNote(event.target.value)}
      />
      <ProblemAlert error={error} />
      <Button type="submit" loading={submitting} disabled={!complete}>
        {t('assessments.take.submit')}
      </Button>
    </form>
  )
}
