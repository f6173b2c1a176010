import type { CourseDetail } from '@yektayar/shared/types'
import {
  Card,
  formatMoney,
  formatNumber,
  SwitchField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { Link, useParams } from 'react-router'
import { inLanguage, ProgressRing, percentText } from '../../../shared/courses/course-display.tsx'
import { usePersonName } from '../../../shared/person-name.ts'
import { ProblemAlert } from '../../../shared/problem-alert.tsx'
import { QueryStates } from '../../../shared/query-states.tsx'
import { useCourse } from '../api/course.ts'
import { useEnrollmentSharing } from '../api/enrollment-sharing.ts'
import { addCoursesMessages } from '../courses-messages.ts'
import { CourseActions } from './course-actions.tsx'
import { LessonList } from './lesson-list.tsx'

/** /courses/:courseId: what the course is, its lessons with my state in each, and what next. */
export function CoursePage() {
  addCoursesMessages()
  const { t } = useTranslation()
  const { courseId = '' } = useParams()
  const course = useCourse(courseId)
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8 sm:py-12">
      <Link to="/courses" className="w-fit font-medium text-primary hover:underline">
        {t('courses.course.back')}
      </Link>
      <QueryStates query={course}>{(data) => <CourseView course={data} />}</QueryStates>
    </div>
  )
}

function CourseView({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const nameOf = usePersonName()
  const title = inLanguage(course.title, course.titleEn, language)
  const description = inLanguage(course.description ?? '', course.descriptionEn, language)
  const enrollment = course.myEnrollment
  return (
    <>
      <title>{t('courses.lesson.pageTitle', { title })}</title>
      <header className="flex flex-col gap-3">
        <div className="flex items-start justify-between gap-4">
          <h1 className="text-3xl font-extrabold leading-tight text-ink">{title}</h1>
          {enrollment && (
            <ProgressRing
              size={64}
              percent={enrollment.progress}
              label={t('courses.progress.label', {
                percent: percentText(enrollment.progress, language),
              })}
            />
          )}
        </div>
        {description && (
          <p dir="auto" className="text-lg leading-8 text-ink-muted">
            {description}
          </p>
        )}
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
          {course.contentType && <li>{t(`courses.types.${course.contentType}`)}</li>}
          <li>{t('courses.minutes', { n: formatNumber(course.durationMinutes, language) })}</li>
          <li>{t('courses.lessonCount', { n: formatNumber(course.lessonCount, language) })}</li>
          {course.difficulty && <li>{t(`courses.difficulties.${course.difficulty}`)}</li>}
          <li
            className={
              course.priceIrr === 0 ? 'font-semibold text-success' : 'font-semibold text-ink'
            }
          >
            {course.priceIrr === 0 ? t('courses.free') : formatMoney(course.priceIrr, language)}
          </li>
        </ul>
        {(course.author || course.reviewer) && (
          <p className="text-sm text-ink-muted">
            {course.author && t('courses.course.author', { name: nameOf(course.author.name) })}
            {course.author && course.reviewer && ' · '}
            {course.reviewer &&
              t('courses.course.reviewer', { name: nameOf(course.reviewer.name) })}
          </p>
        )}
      </header>
      {enrollment?.completedAt && (
        <Card className="flex flex-col gap-1 border-success bg-success-soft">
          <h2 className="text-lg font-bold text-success">{t('courses.course.completedTitle')}</h2>
          <p className="text-ink">{t('courses.course.completedBody')}</p>
        </Card>
      )}
      <CourseActions course={course} />
      {enrollment && <SharingSwitch course={course} enrollmentId={enrollment.id} />}
      <LessonList course={course} />
    </>
  )
}

function SharingSwitch({ course, enrollmentId }: { course: CourseDetail; enrollmentId: string }) {
  const { t } = useTranslation()
  const sharing = useEnrollmentSharing(course.id, enrollmentId)
  return (
    <Card className="flex flex-col gap-2 p-4">
      <SwitchField
        label={t('courses.course.share')}
        hint={t('courses.course.shareHint')}
        checked={course.myEnrollment?.sharedWithPsychologist ?? false}
        disabled={sharing.isPending}
        onChange={(shared) => sharing.mutate(shared)}
      />
      <ProblemAlert error={sharing.error} look="line" />
    </Card>
  )
}
