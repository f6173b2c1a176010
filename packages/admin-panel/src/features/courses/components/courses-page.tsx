import { buttonClasses, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { CourseList } from './course-list.tsx'

/** Every course, drafts too, with how many enrolled and finished (courses.manage). */
export function CoursesPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('courses.list.pageTitle')}</title>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex max-w-3xl flex-col gap-2">
          <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
            {t('courses.list.title')}
          </h1>
          <p className="text-ink-muted">{t('courses.list.lead')}</p>
        </div>
      </header>
      <RequirePermission permission="courses.manage">
        <Link to="/courses/new" className={buttonClasses({ className: 'self-start' })}>
          {t('courses.list.new')}
        </Link>
        <CourseList />
      </RequirePermission>
    </div>
  )
}
