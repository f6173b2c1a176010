import type { ReviewState } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

const TONES: Record<ReviewState, string> = {
  new: 'bg-primary-soft text-primary',
  rejected: 'bg-danger-soft text-danger',
  resubmitted: 'bg-accent-soft text-accent',
  verified: 'bg-success-soft text-success',
}

/** Where a profile stands with verification, as a word (never colour alone). */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold',
        TONES[state],
      )}
    >
      {t(`clinicians.states.${state}`)}
    </span>
  )
}
