import type { CourseDetail } from '@yektayar/shared/types'
import { useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { CourseNoticeBanner } from '../course-notice.tsx'
import { useTitleOf } from '../course-title.ts'
import { CourseDetailsForm } from './course-details-form.tsx'
import { CoursePageFrame } from './course-page-frame.tsx'
import { LessonList } from './lesson-list.tsx'
import { PublishPanel } from './publish-panel.tsx'
import { CourseStatusBadge } from './status-badge.tsx'

/** One course: publishing, its lessons in order, and its details. */
export function CourseEditorPage() {
  return (
    <CoursePageFrame back="list">{(course) => <CourseEditor course={course} />}</CoursePageFrame>
  )
}

function CourseEditor({ course }: { course: CourseDetail }) {
  const { t } = useTranslation()
  const title = useTitleOf()(course)
  return (
    <>
      <title>{t('courses.course.editPageTitle', { title })}</title>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">{title}</h1>
          <CourseStatusBadge published={course.isPublished} />
        </div>
        <Link
          to={`/courses/${course.id}/figures`}
          className="text-sm font-semibold text-primary underline-offset-4 hover:underline"
        >
          {t('courses.figures.link')}
        </Link>
      </header>
      <CourseNoticeBanner />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="lg:order-last">
          <PublishPanel course={course} />
        </div>
        <div className="flex min-w-0 flex-col gap-6">
          <LessonList course={course} />
          {/* The route stays mounted from one course to another: a fresh form for each. */}
          <CourseDetailsForm key={course.id} course={course} />
        </div>
      </div>
    </>
  )
}
