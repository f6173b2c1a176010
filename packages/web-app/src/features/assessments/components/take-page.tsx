import type { AssessmentDetail, ItemAnswer } from '@yektayar/shared/types'
import { ErrorState, formatNumber, LoadingState, useLanguage, useTranslation } from '@yektayar/ui'
import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { inLanguage } from '../../../shared/assessments/bilingual.ts'
import { InstrumentTitle } from '../../../shared/assessments/instrument-title.tsx'
import { useAssessment } from '../api/assessment.ts'
import { discardDraft, useSaveDraft } from '../api/save-draft.ts'
import { useSubmitAssessment } from '../api/submit-assessment.ts'
import { addAssessmentsMessages } from '../assessments-messages.ts'
import { QuestionScreen } from './question-screen.tsx'
import { ReviewScreen } from './review-screen.tsx'

/** /assessments/:id: one question per screen, saved as a draft at every answer, then review. */
export function TakePage() {
  addAssessmentsMessages()
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const assessment = useAssessment(id)
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6 px-4 py-6 sm:py-10">
      <Link to="/assessments" className="w-fit font-medium text-primary hover:underline">
        {t('assessments.take.back')}
      </Link>
      {assessment.isPending ? (
        <LoadingState />
      ) : assessment.isError ? (
        <ErrorState error={assessment.error} onRetry={() => assessment.refetch()} />
      ) : (
        <Taking key={assessment.data.id} assessment={assessment.data} />
      )}
    </div>
  )
}

function Taking({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const total = assessment.items.length
  const [answers, setAnswers] = useState(
    () => new Map((assessment.draft?.answers ?? []).map((a) => [a.itemId, a.value])),
  )
  const [position, setPosition] = useState(() => {
    const resumeAt = assessment.draft?.position ?? 0
    return answers.size === total ? total : Math.min(resumeAt, total - 1)
  })
  const [note, setNote] = useState(assessment.draft?.note ?? '')
  const draft = useSaveDraft(assessment.slug)
  const submit = useSubmitAssessment(assessment.slug)
  const title = inLanguage(assessment.title, language)
  const list = (map: Map<string, number>): ItemAnswer[] =>
    assessment.items.flatMap((item) => {
      const value = map.get(item.id)
      return value === undefined ? [] : [{ itemId: item.id, value }]
    })

  const go = (next: number) => {
    setPosition(next)
    window.scrollTo?.({ top: 0 })
  }
  const answer = (itemId: string, value: number) => {
    const next = new Map(answers).set(itemId, value)
    setAnswers(next)
    const after = Math.min(position + 1, total)
    draft.mutate({ answers: list(next), position: Math.min(after, total - 1) })
    go(after)
  }
  const startOver = () => {
    setAnswers(new Map())
    setNote('')
    go(0)
    void discardDraft(assessment.slug).catch(() => undefined)
  }
  const send = () => {
    const trimmed = note.trim()
    submit.mutate(
      { answers: list(answers), ...(trimmed ? { note: trimmed } : {}) },
      { onSuccess: (sent) => navigate(`/assessments/results/${sent.result.id}`) },
    )
  }

  return (
    <>
      <title>{t('assessments.take.pageTitle', { title })}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          <InstrumentTitle title={title} />
        </h1>
        <p className="text-ink-muted">{inLanguage(assessment.instructions, language)}</p>
      </header>
      <Progress value={Math.min(position + 1, total)} total={total} review={position >= total} />
      {position < total ? (
        <QuestionScreen
          assessment={assessment}
          index={position}
          value={answers.get(assessment.items[position]?.id ?? '')}
          onAnswer={answer}
          onBack={position > 0 ? () => go(position - 1) : undefined}
          onNext={() => go(position + 1)}
        />
      ) : (
        <ReviewScreen
          assessment={assessment}
          answers={answers}
          note={note}
          onNote={setNote}
          onChange={go}
          onSubmit={send}
          submitting={submit.isPending}
          error={submit.error}
        />
      )}
      {draft.isSuccess && position < total && (
        <p className="text-sm text-ink-muted" aria-live="polite">
          {t('assessments.take.saved')}
        </p>
      )}
      {answers.size > 0 && (
        <button
          type="button"
          onClick={startOver}
          className="w-fit text-sm font-medium text-primary hover:underline"
        >
          {t('assessments.take.startOver')}
        </button>
      )}
      <details className="text-sm text-ink-muted">
        <summary className="cursor-pointer">{t('assessments.take.sources')}</summary>
        <ul className="mt-2 flex list-disc flex-col gap-1 ps-5" dir="ltr">
          {assessment.citations.map((citation) => (
            <li key={citation.text}>
              {citation.url ? (
                <a href={citation.url} className="underline" rel="noreferrer" target="_blank">
                  {citation.text}
                </a>
              ) : (
                citation.text
              )}
            </li>
          ))}
        </ul>
      </details>
    </>
  )
}

function Progress({ value, total, review }: { value: number; total: number; review: boolean }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const label = review
    ? t('assessments.take.reviewTitle')
    : t('assessments.take.progress', {
        n: formatNumber(value, language),
        total: formatNumber(total, language),
      })
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm font-medium text-ink-muted">{label}</p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={review ? total : value}
        className="h-2 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className="h-full rounded-full bg-primary transition-[width]"
          style={{ width: `${((review ? total : value) / total) * 100}%` }}
        />
      </div>
    </div>
  )
}
