import type { CourseDetail, Lesson } from '@yektayar/shared/types'
import {
  buttonClasses,
  ErrorState,
  formatNumber,
  LoadingState,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { inLanguage } from '../../../shared/courses/course-display.tsx'
import { useCourse } from '../api/course.ts'
import { addCoursesMessages } from '../courses-messages.ts'
import { CourseActions, lessonPath } from './course-actions.tsx'
import { LessonPlayer } from './lesson-player.tsx'

/** /courses/:courseId/lessons/:lessonId: one lesson, played, read or done, then the next. */
export function LessonPage() {
  addCoursesMessages()
  const { t } = useTranslation()
  const { courseId = '', lessonId = '' } = useParams()
  const course = useCourse(courseId)
  const back = (
    <Link to={`/courses/${courseId}`} className="w-fit font-medium text-primary hover:underline">
      {t('courses.lesson.backToCourse')}
    </Link>
  )
  const lesson = course.data?.lessons.find((item) => item.id === lessonId)
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      {back}
      {course.isPending ? (
        <LessonSkeleton />
      ) : course.isError ? (
        <ErrorState error={course.error} onRetry={() => course.refetch()} />
      ) : lesson ? (
        <LessonView key={lesson.id} course={course.data} lesson={lesson} />
      ) : (
        <p className="text-ink-muted">{t('courses.lesson.notFound')}</p>
      )}
    </div>
  )
}

function LessonView({ course, lesson }: { course: CourseDetail; lesson: Lesson }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const title = inLanguage(lesson.title, lesson.titleEn, language)
  const index = course.lessons.findIndex((item) => item.id === lesson.id)
  const previous = course.lessons[index - 1]
  const next = course.lessons[index + 1]
  const enrollment = course.myEnrollment
  return (
    <>
      <title>{t('courses.lesson.pageTitle', { title })}</title>
      <header className="flex flex-col gap-2">
        <p className="text-sm font-medium text-ink-muted">
          {inLanguage(course.title, course.titleEn, language)}
          {' · '}
          {t('courses.lesson.position', {
            n: formatNumber(index + 1, language),
            total: formatNumber(course.lessons.length, language),
          })}
        </p>
        <h1 className="text-3xl font-extrabold leading-tight text-ink">{title}</h1>
      </header>
      {!enrollment && !course.locked && (
        <div className="flex flex-col gap-3 rounded-2xl border border-line bg-surface p-4">
          <p className="text-ink">{t('courses.lesson.notEnrolled')}</p>
          <CourseActions course={course} />
        </div>
      )}
      {course.locked ? (
        <div className="flex flex-col gap-3">
          <p className="rounded-xl bg-primary-soft p-3 text-primary">
            {t('courses.lesson.locked')}
          </p>
          <CourseActions course={course} />
        </div>
      ) : (
        <LessonPlayer course={course} lesson={lesson} />
      )}
      <nav
        aria-label={t('courses.course.lessons')}
        className="flex flex-wrap justify-between gap-3 border-t border-line pt-4"
      >
        {previous ? (
          <Link
            to={lessonPath(course.id, previous.id)}
            className={buttonClasses({ variant: 'secondary' })}
          >
            {t('courses.lesson.previous')}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={lessonPath(course.id, next.id)} className={buttonClasses()}>
            {t('courses.lesson.next')}
          </Link>
        ) : (
          <Link to={`/courses/${course.id}`} className={buttonClasses()}>
            {t('courses.lesson.finish')}
          </Link>
        )}
      </nav>
    </>
  )
}

/**
 * The lesson's room while it loads: a title and lines of text taking the screen, so neither
 * the text nor the footer moves when the lesson arrives (a spinner there shifted the layout).
 */
function LessonSkeleton() {
  return (
    <div className="flex min-h-[80vh] flex-col gap-4">
      <LoadingState className="sr-only" />
      <div aria-hidden="true" className="flex flex-col gap-4">
        <div className="h-4 w-1/3 rounded bg-surface-muted motion-safe:animate-pulse" />
        <div className="h-9 w-2/3 rounded bg-surface-muted motion-safe:animate-pulse" />
        {['w-full', 'w-11/12', 'w-full', 'w-4/5', 'w-full', 'w-2/3'].map((width, index) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
            key={index}
            className={`h-5 rounded bg-surface-muted motion-safe:animate-pulse ${width}`}
          />
        ))}
      </div>
    </div>
  )
}
