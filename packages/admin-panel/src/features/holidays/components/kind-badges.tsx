import type { Holiday } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

const BADGE = 'inline-flex w-fit whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold'

/** Solar or lunar, and "estimated" for a lunar date the official calendar has not fixed yet. */
export function KindBadges({ holiday }: { holiday: Pick<Holiday, 'calendar' | 'isEstimated'> }) {
  const { t } = useTranslation()
  return (
    <span className="flex flex-wrap gap-1.5">
      <span
        className={cx(
          BADGE,
          holiday.calendar === 'lunar' ? 'bg-accent-soft text-ink' : 'bg-primary-soft text-primary',
        )}
      >
        {t(`holidays.${holiday.calendar}`)}
      </span>
      {holiday.isEstimated && (
        <span
          className={cx(BADGE, 'bg-surface-muted text-ink-muted')}
          title={t('holidays.estimatedHint')}
        >
          {t('holidays.estimated')}
        </span>
      )}
    </span>
  )
}
