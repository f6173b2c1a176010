import type { SharedExerciseAnswer } from '@yektayar/shared/types'
import { DateTimeText, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'

/** One answer a patient shared: when, in which lesson, and everything they wrote. */
export function SharedAnswerItem({ answer }: { answer: SharedExerciseAnswer }) {
  const { t } = useTranslation()
  const where = answer.lessonTitle
    ? t('courseCare.answers.where', {
        lesson: answer.lessonTitle,
        course: answer.courseTitle ?? '',
      })
    : t('courseCare.answers.removed')
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-line p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold text-ink">{where}</p>
        <DateTimeText
          value={answer.createdAt}
          style="weekdayDayMonth"
          className="text-sm text-ink-muted"
        />
      </div>
      <AnswerBody answer={answer.answer} />
    </li>
  )
}

function AnswerBody({ answer }: { answer: SharedExerciseAnswer['answer'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const n = (value: number) => formatNumber(value, language)
  if (answer.kind === 'breathing') {
    return (
      <p className="text-ink">
        {t('courseCare.answers.breathing', { n: n(answer.cyclesCompleted) })}
        {answer.calmBefore !== undefined && answer.calmAfter !== undefined && (
          <>
            {' · '}
            {t('courseCare.answers.calm', {
              before: n(answer.calmBefore),
              after: n(answer.calmAfter),
            })}
          </>
        )}
      </p>
    )
  }
  if (answer.kind === 'mood_checkin') {
    return (
      <div className="flex flex-col gap-1 text-ink">
        <p>
          {t('courseCare.answers.mood', {
            level: t(`courseCare.answers.moodLevels.${answer.mood}`),
            mood: n(answer.mood),
          })}
        </p>
        {answer.factors.length > 0 && (
          <p>
            {t('courseCare.answers.factors', {
              list: answer.factors.join(language === 'fa' ? '، ' : ', '),
            })}
          </p>
        )}
        {answer.note && <p>{t('courseCare.answers.note', { text: answer.note })}</p>}
      </div>
    )
  }
  return (
    <dl className="grid gap-2 text-ink sm:grid-cols-[10rem_1fr]">
      <Row label={t('courseCare.answers.situation')}>{answer.situation}</Row>
      <Row label={t('courseCare.answers.thought')}>{answer.automaticThought}</Row>
      <Row label={t('courseCare.answers.emotion')}>
        {t('courseCare.answers.emotionValue', {
          emotion: answer.emotion,
          before: n(answer.intensityBefore),
          after: n(answer.intensityAfter ?? answer.intensityBefore),
        })}
      </Row>
      {answer.evidenceFor && (
        <Row label={t('courseCare.answers.evidenceFor')}>{answer.evidenceFor}</Row>
      )}
      {answer.evidenceAgainst && (
        <Row label={t('courseCare.answers.evidenceAgainst')}>{answer.evidenceAgainst}</Row>
      )}
      {answer.balancedThought && (
        <Row label={t('courseCare.answers.balanced')}>{answer.balancedThought}</Row>
      )}
    </dl>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd dir="auto" className="whitespace-pre-line">
        {children}
      </dd>
    </>
  )
}
