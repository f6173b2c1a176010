import type { CourseSummary } from '@yektayar/shared/types'
import { Card, formatMoney, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { inLanguage, ProgressRing, percentText } from '../../../shared/courses/course-display.tsx'
import { KindIcon } from './kind-icon.tsx'

/** A course in the catalogue: what it is about, how long, what it costs, and my progress. */
export function CourseCard({ course }: { course: CourseSummary }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const title = inLanguage(course.title, course.titleEn, language)
  const description = inLanguage(course.description ?? '', course.descriptionEn, language)
  const enrollment = course.myEnrollment
  return (
    <Card className="relative flex h-full flex-col gap-3 p-5 transition-shadow focus-within:shadow-md hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-primary-soft text-primary">
            <KindIcon kind={course.contentType ?? 'article'} />
          </span>
          <h2 dir="auto" className="text-lg font-bold leading-snug text-ink">
            <Link
              to={`/courses/${course.id}`}
              className="after:absolute after:inset-0 after:rounded-2xl focus-visible:outline-none"
            >
              {title}
            </Link>
          </h2>
        </div>
        {enrollment && (
          <ProgressRing
            percent={enrollment.progress}
            label={
              enrollment.completedAt
                ? t('courses.progress.done')
                : t('courses.progress.label', {
                    percent: percentText(enrollment.progress, language),
                  })
            }
          />
        )}
      </div>
      {description && (
        <p dir="auto" className="line-clamp-2 leading-7 text-ink-muted">
          {description}
        </p>
      )}
      <ul className="mt-auto flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        {course.contentType && <li>{t(`courses.types.${course.contentType}`)}</li>}
        <li>{t('courses.minutes', { n: formatNumber(course.durationMinutes, language) })}</li>
        <li>{t('courses.lessonCount', { n: formatNumber(course.lessonCount, language) })}</li>
        {course.difficulty && <li>{t(`courses.difficulties.${course.difficulty}`)}</li>}
      </ul>
      <div className="flex items-center justify-between gap-2 border-t border-line pt-3">
        {course.priceIrr === 0 ? (
          <p className="font-semibold text-success">{t('courses.free')}</p>
        ) : (
          <p className="font-semibold text-ink">{formatMoney(course.priceIrr, language)}</p>
        )}
        {enrollment?.completedAt && (
          <p className="text-sm font-semibold text-success">{t('courses.progress.done')}</p>
        )}
      </div>
    </Card>
  )
}
