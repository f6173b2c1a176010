import {
  Button,
  DateTimeText,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
  SelectField,
  TextAreaField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { Link } from 'react-router'
import { CareSection } from '../care-section.tsx'
import { inLanguage, ProgressRing, percentText } from '../courses/course-display.tsx'
import { ProblemAlert } from '../problem-alert.tsx'
import {
  useRecommendableCourses,
  useRecommendCourse,
  useSharedAnswers,
  useSharedEnrollments,
} from './course-care-api.ts'
import { addCourseCareMessages } from './course-care-messages.ts'
import { SharedAnswerItem } from './shared-answer-item.tsx'

/**
 * A patient's courses for their psychologist, on a session's page: recommend one, and see the
 * progress and exercise answers the patient chose to share. Until the two have a confirmed
 * session the server answers 404, which is said plainly rather than shown as a failure.
 */
export function PatientCoursesSection({ patientId }: { patientId: string }) {
  addCourseCareMessages()
  const { t } = useTranslation()
  const enrollments = useSharedEnrollments(patientId)
  return (
    <CareSection
      title={t('courseCare.title')}
      lead={t('courseCare.lead')}
      notYet={t('courseCare.notYet')}
      query={enrollments}
    >
      <RecommendForm patientId={patientId} />
      <SharedProgress query={enrollments} />
      <SharedAnswers patientId={patientId} />
    </CareSection>
  )
}

function RecommendForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const courses = useRecommendableCourses()
  const recommend = useRecommendCourse(patientId)
  const [courseId, setCourseId] = useState('')
  const [note, setNote] = useState('')
  const items = courses.data?.items ?? []
  if (courses.isPending) return <LoadingState className="py-4" />
  if (courses.isError) return <ErrorState error={courses.error} onRetry={() => courses.refetch()} />
  return (
    <form
      noValidate
      aria-labelledby="recommend-course"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        if (!courseId) return
        const trimmed = note.trim()
        recommend.mutate(
          { courseId, ...(trimmed ? { note: trimmed } : {}) },
          { onSuccess: () => setNote('') },
        )
      }}
    >
      <h3 id="recommend-course" className="text-lg font-bold text-ink">
        {t('courseCare.recommend.title')}
      </h3>
      {items.length === 0 ? (
        <p className="text-ink-muted">{t('courseCare.recommend.noCourses')}</p>
      ) : (
        <>
          <SelectField
            label={t('courseCare.recommend.course')}
            value={courseId}
            onChange={(event) => {
              setCourseId(event.target.value)
              recommend.reset()
            }}
            options={[
              ['', t('courseCare.recommend.choose')],
              ...items.map((course): [string, string] => [
                course.id,
                inLanguage(course.title, course.titleEn, language),
              ]),
            ]}
          />
          <TextAreaField
            label={t('courseCare.recommend.note')}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <ProblemAlert error={recommend.error} />
          {recommend.isSuccess && <Notice tone="success">{t('courseCare.recommend.sent')}</Notice>}
          <Button
            type="submit"
            className="self-start"
            disabled={!courseId}
            loading={recommend.isPending}
            needsConnection
          >
            {t('courseCare.recommend.send')}
          </Button>
        </>
      )}
    </form>
  )
}

function SharedProgress({ query }: { query: ReturnType<typeof useSharedEnrollments> }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <section aria-labelledby="shared-progress" className="flex flex-col gap-3">
      <h3 id="shared-progress" className="text-lg font-bold text-ink">
        {t('courseCare.progress.title')}
      </h3>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !query.data?.items.length ? (
        <p className="text-ink-muted">{t('courseCare.progress.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {query.data.items.map((enrollment) => (
            <li
              key={enrollment.id}
              className="flex items-center gap-3 rounded-xl border border-line p-3"
            >
              <ProgressRing
                percent={enrollment.progress}
                label={t('courseCare.progress.label', {
                  percent: percentText(enrollment.progress, language),
                })}
              />
              <div className="flex min-w-0 flex-col gap-0.5">
                <Link
                  to={`/courses/${enrollment.course.id}`}
                  className="font-semibold text-ink hover:text-primary"
                >
                  {inLanguage(enrollment.course.title, enrollment.course.titleEn, language)}
                </Link>
                <p className="text-sm text-ink-muted">
                  {enrollment.completedAt ? (
                    t('courseCare.progress.done')
                  ) : (
                    <>
                      {t('courseCare.progress.lastActivity')}{' '}
                      <DateTimeText value={enrollment.lastActivityAt} show="date" style="long" />
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function SharedAnswers({ patientId }: { patientId: string }) {
  const { t } = useTranslation()
  const pages = useSharedAnswers(patientId)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <section aria-labelledby="shared-answers" className="flex flex-col gap-3">
      <h3 id="shared-answers" className="text-lg font-bold text-ink">
        {t('courseCare.answers.title')}
      </h3>
      {pages.isPending ? (
        <LoadingState className="py-4" />
      ) : pages.isError && items.length === 0 ? (
        <ErrorState error={pages.error} onRetry={() => pages.refetch()} />
      ) : items.length === 0 ? (
        <p className="text-ink-muted">{t('courseCare.answers.empty')}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {items.map((answer) => (
            <SharedAnswerItem key={answer.id} answer={answer} />
          ))}
        </ul>
      )}
      <LoadMore pages={pages} label={t('courseCare.answers.more')} />
    </section>
  )
}
