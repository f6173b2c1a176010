import type { CourseRecommendation, MyEnrollment } from '@yektayar/shared/types'
import { buttonClasses, Card, localizeDigits, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { inLanguage, ProgressRing, percentText } from '../../../shared/courses/course-display.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useCourseRecommendations, useCourseToContinue } from '../api/my-courses.ts'

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`

/** "Continue where I left off": the course, its next lesson and where in it; or a finished one. */
export function ContinueCourseCard() {
  const { t } = useTranslation()
  const query = useCourseToContinue()
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold text-ink">{t('dashboardCourses.continueTitle')}</h2>
      <QueryStates query={query} compact>
        {(enrollment) =>
          enrollment ? (
            <ContinueSummary enrollment={enrollment} />
          ) : (
            <div className="flex flex-col items-start gap-3">
              <p className="text-ink-muted">{t('dashboardCourses.none')}</p>
              <Link to="/courses" className={buttonClasses()}>
                {t('dashboardCourses.browse')}
              </Link>
            </div>
          )
        }
      </QueryStates>
    </Card>
  )
}

function ContinueSummary({ enrollment }: { enrollment: MyEnrollment }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { course, next } = enrollment
  const title = inLanguage(course.title, course.titleEn, language)
  const ring = (
    <ProgressRing
      size={56}
      percent={enrollment.progress}
      label={t('dashboardCourses.progress', {
        percent: percentText(enrollment.progress, language),
      })}
    />
  )
  if (enrollment.completedAt || !next) {
    return (
      <div className="flex flex-col items-start gap-3">
        <div className="flex items-center gap-3">
          {ring}
          <p className="font-bold text-success">
            {t('dashboardCourses.finishedTitle', { course: title })}
          </p>
        </div>
        <p className="text-ink-muted">{t('dashboardCourses.finishedBody')}</p>
        <Link to="/courses" className={buttonClasses({ variant: 'secondary' })}>
          {t('dashboardCourses.browse')}
        </Link>
      </div>
    )
  }
  return (
    <div className="flex flex-col items-start gap-3">
      <div className="flex items-center gap-3">
        {ring}
        <div className="flex min-w-0 flex-col gap-1">
          <Link
            to={`/courses/${course.id}`}
            className="text-xl font-bold text-ink hover:text-primary"
          >
            {title}
          </Link>
          <p className="text-ink">
            {t('dashboardCourses.next', { lesson: inLanguage(next.title, next.titleEn, language) })}
            {next.positionSeconds > 0 && (
              <span className="text-ink-muted">
                {' · '}
                {t('dashboardCourses.at', {
                  time: localizeDigits(clock(next.positionSeconds), language),
                })}
              </span>
            )}
          </p>
        </div>
      </div>
      <Link
        to={`/courses/${course.id}/lessons/${next.lessonId}`}
        className={buttonClasses({ size: 'lg' })}
      >
        {t('dashboardCourses.continue')}
      </Link>
    </div>
  )
}

/** Courses the patient's psychologists recommended, with their note and my progress. */
export function RecommendedCourses() {
  const { t } = useTranslation()
  const query = useCourseRecommendations()
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-bold text-ink">{t('dashboardCourses.recommendedTitle')}</h2>
      <QueryStates query={query} compact>
        {(page) =>
          page.items.length === 0 ? (
            <p className="text-ink-muted">{t('dashboardCourses.recommendedNone')}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {page.items.map((item) => (
                <Recommendation key={item.id} recommendation={item} />
              ))}
            </ul>
          )
        }
      </QueryStates>
    </Card>
  )
}

function Recommendation({ recommendation }: { recommendation: CourseRecommendation }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const nameOf = usePersonName()
  const { course, myEnrollment } = recommendation
  return (
    <li className="flex items-start justify-between gap-3 rounded-xl border border-line p-3">
      <div className="flex min-w-0 flex-col gap-1">
        <Link to={`/courses/${course.id}`} className="font-semibold text-ink hover:text-primary">
          {inLanguage(course.title, course.titleEn, language)}
        </Link>
        <p className="text-sm text-ink-muted">
          {t('dashboardCourses.recommendedBy', { name: nameOf(recommendation.psychologist.name) })}
        </p>
        {recommendation.note && <p className="text-sm text-ink">{recommendation.note}</p>}
      </div>
      {myEnrollment && (
        <ProgressRing
          percent={myEnrollment.progress}
          label={t('dashboardCourses.progress', {
            percent: percentText(myEnrollment.progress, language),
          })}
        />
      )}
    </li>
  )
}
