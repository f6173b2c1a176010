import type { CourseDetail } from '@yektayar/shared/types'
import {
  Card,
  ErrorState,
  formatNumber,
  LoadingState,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useCourseFigures } from '../api/course-figures.ts'
import { useTitleOf } from '../course-title.ts'
import { CoursePageFrame } from './course-page-frame.tsx'
import { WeekBarChart } from './week-bar-chart.tsx'

/** A course's enrolments and completions: totals, and week by week for the last 12 weeks. */
export function CourseFiguresPage() {
  return (
    <CoursePageFrame back="course">{(course) => <CourseFigures course={course} />}</CoursePageFrame>
  )
}

function CourseFigures({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const title = useTitleOf()(course)
  const figures = useCourseFigures(course.id)
  const percent = (value: number) =>
    t('courses.figures.percent', {
      number: formatNumber(value, language, { maximumFractionDigits: 1 }),
    })
  return (
    <>
      <title>{t('courses.figures.pageTitle', { title })}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('courses.figures.title', { title })}
        </h1>
        <p className="text-ink-muted">{t('courses.figures.lead')}</p>
      </header>
      {figures.isPending ? (
        <LoadingState />
      ) : figures.isError ? (
        <ErrorState error={figures.error} onRetry={() => figures.refetch()} />
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            {[
              ['enrolments', formatNumber(figures.data.enrolments, language)],
              ['completions', formatNumber(figures.data.completions, language)],
              ['averageProgress', percent(figures.data.averageProgress)],
              [
                'completionRate',
                percent(
                  figures.data.enrolments === 0
                    ? 0
                    : (100 * figures.data.completions) / figures.data.enrolments,
                ),
              ],
            ].map(([key, value]) => (
              <Card key={key} className="flex flex-col gap-1 p-4">
                <dt className="text-sm text-ink-muted">{t(`courses.figures.${key}`)}</dt>
                <dd className="text-2xl font-extrabold text-ink">{value}</dd>
              </Card>
            ))}
          </dl>
          <Card className="p-4 sm:p-6">
            {figures.data.enrolments === 0 && (
              <p className="mb-4 text-ink-muted">{t('courses.figures.empty')}</p>
            )}
            <WeekBarChart weeks={figures.data.byWeek} />
          </Card>
        </>
      )}
    </>
  )
}
