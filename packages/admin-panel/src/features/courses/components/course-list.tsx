import type { CourseSummary } from '@yektayar/shared/types'
import {
  buttonClasses,
  EmptyState,
  ErrorState,
  formatMoney,
  formatNumber,
  LoadingState,
  LoadMore,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link } from 'react-router'
import { useCourseFigures } from '../api/course-figures.ts'
import { useCourseList } from '../api/course-list.ts'
import { useTitleOf } from '../course-title.ts'
import { CourseStatusBadge } from './status-badge.tsx'

const COLUMNS = ['title', 'status', 'lessons', 'price', 'enrolments', 'completions', 'actions']

/** The courses as a table from `md` up, as one card per course on a phone. */
export function CourseList() {
  const { t } = useTranslation()
  const courses = useCourseList()
  const items = courses.data?.pages.flatMap((page) => page.items) ?? []
  if (courses.isPending) return <LoadingState />
  if (courses.isError) {
    return <ErrorState error={courses.error} onRetry={() => courses.refetch()} />
  }
  if (items.length === 0) {
    return <EmptyState title={t('courses.list.empty')} description={t('courses.list.emptyHint')} />
  }
  return (
    <>
      <div className="hidden overflow-x-auto rounded-2xl border border-line bg-surface md:block">
        <table className="w-full text-start text-sm">
          <thead className="bg-surface-muted text-ink-muted">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2.5 text-start font-semibold">
                  {t(`courses.list.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((course) => (
              <CourseRow key={course.id} course={course} />
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {items.map((course) => (
          <li key={course.id}>
            <CourseCard course={course} />
          </li>
        ))}
      </ul>
      <LoadMore pages={courses} label={t('courses.list.more')} />
    </>
  )
}

function useCourseTexts(course: CourseSummary) {
  const { t } = useTranslation()
  const language = useLanguage()
  const titleOf = useTitleOf()
  const figures = useCourseFigures(course.id)
  const count = (value: number | undefined) =>
    value === undefined ? t('courses.list.noFigures') : formatNumber(value, language)
  return {
    title: titleOf(course),
    lessons: t('courses.list.lessonCount', {
      count: course.lessonCount,
      lessons: formatNumber(course.lessonCount, language),
      minutes: formatNumber(course.durationMinutes, language),
    }),
    price: course.priceIrr === 0 ? t('courses.free') : formatMoney(course.priceIrr, language),
    enrolments: figures.isPending ? '…' : count(figures.data?.enrolments),
    completions: figures.isPending ? '…' : count(figures.data?.completions),
  }
}

function CourseActions({ course, title }: { course: CourseSummary; title: string }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-wrap gap-2">
      <Link
        to={`/courses/${course.id}`}
        aria-label={t('courses.list.editNamed', { title })}
        className={buttonClasses({ variant: 'secondary', className: 'min-h-9 px-3' })}
      >
        {t('courses.list.edit')}
      </Link>
      <Link
        to={`/courses/${course.id}/figures`}
        aria-label={t('courses.list.figuresNamed', { title })}
        className={buttonClasses({ variant: 'ghost', className: 'min-h-9 px-3' })}
      >
        {t('courses.list.figures')}
      </Link>
    </div>
  )
}

function CourseRow({ course }: { course: CourseSummary }) {
  const texts = useCourseTexts(course)
  return (
    <tr className="border-t border-line align-middle">
      <td className="px-3 py-2.5 font-semibold text-ink">{texts.title}</td>
      <td className="px-3 py-2.5">
        <CourseStatusBadge published={course.isPublished} />
      </td>
      <td className="px-3 py-2.5 whitespace-nowrap text-ink">{texts.lessons}</td>
      <td className="px-3 py-2.5 whitespace-nowrap text-ink">{texts.price}</td>
      <td className="px-3 py-2.5 text-ink">{texts.enrolments}</td>
      <td className="px-3 py-2.5 text-ink">{texts.completions}</td>
      <td className="px-3 py-2.5">
        <CourseActions course={course} title={texts.title} />
      </td>
    </tr>
  )
}

function CourseCard({ course }: { course: CourseSummary }) {
  const { t } = useTranslation()
  const texts = useCourseTexts(course)
  return (
    <article className="flex flex-col gap-2 rounded-2xl border border-line bg-surface p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 className="font-bold text-ink">{texts.title}</h2>
        <CourseStatusBadge published={course.isPublished} />
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-ink-muted">
        <span>{texts.lessons}</span>
        <span>{texts.price}</span>
      </p>
      <p className="flex flex-wrap gap-x-3 text-sm text-ink">
        <span>{t('courses.list.enrolments', { number: texts.enrolments })}</span>
        <span>{t('courses.list.completions', { number: texts.completions })}</span>
      </p>
      <CourseActions course={course} title={texts.title} />
    </article>
  )
}
