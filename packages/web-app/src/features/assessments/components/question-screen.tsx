import type { AssessmentDetail } from '@yektayar/shared/types'
import { Button, cx, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'

export interface QuestionScreenProps {
  assessment: AssessmentDetail
  index: number
  value: number | undefined
  onAnswer: (itemId: string, value: number) => void
  onBack?: () => void
  onNext: () => void
}

/**
 * One item with its options as large radio buttons: choosing one saves it and moves on; back
 * returns to change an answer, which stays selected.
 */
export function QuestionScreen({
  assessment,
  index,
  value,
  onAnswer,
  onBack,
  onNext,
}: QuestionScreenProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const item = assessment.items[index]
  if (!item) return null
  const name = `item-${item.id}`
  return (
    <form
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault()
        if (value !== undefined) onNext()
      }}
    >
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-3 text-xl font-bold leading-9 text-ink">
          <span className="sr-only">{formatNumber(index + 1, language)}. </span>
          {inLanguage(item.text, language)}
        </legend>
        {assessment.options.map((option) => (
          <label
            key={option.value}
            className={cx(
              'flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border px-4 py-3 text-lg text-ink',
              'border-line-strong bg-surface has-checked:border-primary has-checked:bg-primary-soft',
              'has-focus-visible:outline-2 has-focus-visible:outline-primary',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onAnswer(item.id, option.value)}
              className="size-5 accent-primary"
            />
            {inLanguage(option.label, language)}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap justify-between gap-3">
        <Button type="button" variant="secondary" onClick={onBack} disabled={!onBack}>
          {t('assessments.take.previous')}
        </Button>
        <Button type="submit" disabled={value === undefined}>
          {index === assessment.items.length - 1
            ? t('assessments.take.review')
            : t('assessments.take.next')}
        </Button>
      </div>
    </form>
  )
}
