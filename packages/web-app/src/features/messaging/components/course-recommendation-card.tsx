import { cx, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { useCourseTitle } from '../api/course-title.ts'

/** Under a psychologist's recommendation: the course it points to and a way there. */
export function CourseRecommendationCard({ courseId, mine }: { courseId: string; mine: boolean }) {
  const { t } = useTranslation()
  const title = useCourseTitle(courseId)
  return (
    <aside
      aria-label={t('messaging.thread.courseLabel')}
      className={cx(
        'mt-1 flex flex-col gap-1 rounded-xl border px-3 py-2',
        mine ? 'border-on-primary/40' : 'border-line bg-surface-muted',
      )}
    >
      <span className={cx('text-xs', mine ? 'text-on-primary/85' : 'text-ink-muted')}>
        {t('messaging.thread.courseLabel')}
      </span>
      <span dir="auto" className="min-h-6 font-bold">
        {title}
      </span>
      <Link
        to={`/courses/${encodeURIComponent(courseId)}`}
        className={cx(
          'w-fit font-semibold underline underline-offset-2',
          mine ? 'text-on-primary' : 'text-primary',
        )}
      >
        {t('messaging.thread.viewCourse')}
      </Link>
    </aside>
  )
}
