import { useTranslation } from '@yektayar/ui'
import { Link, useNavigate } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { withNotice } from '../course-notice.tsx'
import { CourseDetailsForm } from './course-details-form.tsx'

/** A new course: its details first; lessons are added on its own page once it exists. */
export function NewCoursePage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('courses.course.newPageTitle')}</title>
      <Link
        to="/courses"
        className="self-start text-sm font-semibold text-primary underline-offset-4 hover:underline"
      >
        {t('courses.back')}
      </Link>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('courses.course.newTitle')}
        </h1>
        <p className="text-ink-muted">{t('courses.course.newLead')}</p>
      </header>
      <RequirePermission permission="courses.manage">
        <CourseDetailsForm
          onCreated={(course) =>
            navigate(`/courses/${course.id}`, { replace: true, ...withNotice('created') })
          }
        />
      </RequirePermission>
    </div>
  )
}
