import type { CourseDetail } from '@yektayar/shared/types'
import { ErrorState, isApiError, LoadingState, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { useCourse } from '../api/course-detail.ts'

export interface CoursePageFrameProps {
  /** Where the back link leads: the course list, or the course being edited. */
  back: 'list' | 'course'
  children: (course: CourseDetail) => ReactNode
}

/** The pages about one course: permission first, then the course, loading or failing plainly. */
export function CoursePageFrame({ back, children }: CoursePageFrameProps) {
  const { t } = useTranslation()
  const { courseId = '' } = useParams()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <Link
        to={back === 'list' ? '/courses' : `/courses/${courseId}`}
        className="self-start text-sm font-semibold text-primary underline-offset-4 hover:underline"
      >
        {t(back === 'list' ? 'courses.back' : 'courses.backToCourse')}
      </Link>
      <RequirePermission permission="courses.manage">
        <CourseLoader courseId={courseId}>{children}</CourseLoader>
      </RequirePermission>
    </div>
  )
}

function CourseLoader(props: { courseId: string; children: CoursePageFrameProps['children'] }) {
  const { t } = useTranslation()
  const course = useCourse(props.courseId)
  if (course.isPending) return <LoadingState />
  if (course.isError) {
    const missing = isApiError(course.error) && course.error.status === 404
    return (
      <ErrorState
        error={course.error}
        message={missing ? t('courses.notFound') : undefined}
        onRetry={missing ? undefined : () => course.refetch()}
      />
    )
  }
  return props.children(course.data)
}
