import { cx, useTranslation } from '@yektayar/ui'

/** Published or draft, in words and colour (each pair keeps AA contrast in both themes). */
export function CourseStatusBadge({ published }: { published: boolean }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-flex w-fit shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold',
        published ? 'bg-success-soft text-success' : 'bg-surface-muted text-ink-muted',
      )}
    >
      {t(published ? 'courses.statuses.published' : 'courses.statuses.draft')}
    </span>
  )
}
