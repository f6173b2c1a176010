import type { ExerciseAnswer, ExerciseAnswerContent } from '@yektayar/shared/types'
import {
  Button,
  cx,
  DateTimeText,
  ErrorState,
  formatNumber,
  LoadingState,
  LoadMore,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useAnswerSharing, useMyAnswers } from '../api/exercise-answers.ts'

/** One line that recalls an answer: the rounds breathed, the emotion re-rated, the mood. */
export function useAnswerSummary(): (answer: ExerciseAnswerContent) => string {
  const { t } = useTranslation()
  const language = useLanguage()
  const n = (value: number) => formatNumber(value, language)
  return (answer) => {
    if (answer.kind === 'breathing') {
      return t('courses.breathing.finished', { n: n(answer.cyclesCompleted) })
    }
    if (answer.kind === 'mood_checkin') {
      const factors = answer.factors.length > 0 ? ` (${answer.factors.join('، ')})` : ''
      return `${t(`courses.mood.levels.${answer.mood}`)}${factors}`
    }
    return t('courses.thoughtRecord.summary', {
      emotion: answer.emotion,
      before: n(answer.intensityBefore),
      after: n(answer.intensityAfter ?? answer.intensityBefore),
    })
  }
}

/** My earlier answers to this exercise, each private or shared, and I can change which. */
export function AnswerHistory({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation()
  const pages = useMyAnswers(lessonId, true)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <section aria-labelledby="answer-history" className="flex flex-col gap-3">
      <h2 id="answer-history" className="text-lg font-bold text-ink">
        {t('courses.exercise.history')}
      </h2>
      {pages.isPending ? (
        <LoadingState className="py-4" />
      ) : pages.isError && items.length === 0 ? (
        <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
      ) : items.length === 0 ? (
        <p className="text-ink-muted">{t('courses.exercise.historyEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((answer) => (
            <AnswerItem key={answer.id} answer={answer} lessonId={lessonId} />
          ))}
        </ul>
      )}
      <LoadMore pages={pages} label={t('courses.list.more')} />
    </section>
  )
}

function AnswerItem({ answer, lessonId }: { answer: ExerciseAnswer; lessonId: string }) {
  const { t } = useTranslation()
  const summary = useAnswerSummary()
  const sharing = useAnswerSharing(lessonId)
  const shared = answer.sharedWithPsychologist
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line p-3">
      <div className="flex min-w-0 flex-col gap-1">
        <DateTimeText
          value={answer.createdAt}
          style="weekdayDayMonth"
          className="text-sm text-ink-muted"
        />
        <p className="text-ink">{summary(answer.answer)}</p>
        {answer.answer.kind === 'thought_record' && (
          <p className="line-clamp-2 text-sm text-ink-muted">{answer.answer.situation}</p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={cx(
            'rounded-full px-2.5 py-0.5 text-xs font-semibold',
            shared ? 'bg-primary-soft text-primary' : 'bg-surface-muted text-ink-muted',
          )}
        >
          {t(shared ? 'courses.exercise.sharedBadge' : 'courses.exercise.privateBadge')}
        </span>
        <Button
          variant="ghost"
          loading={sharing.isPending}
          needsConnection
          onClick={() => sharing.mutate({ id: answer.id, shared: !shared })}
        >
          {t(shared ? 'courses.exercise.unshareThis' : 'courses.exercise.shareThis')}
        </Button>
      </div>
    </li>
  )
}
