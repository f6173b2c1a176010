import type { AnnouncementStatus, DeliveryStatus } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

// Each tone pairs a soft background with its own ink, which keeps AA contrast in both themes.
const TONES: Record<AnnouncementStatus | DeliveryStatus, string> = {
  scheduled: 'bg-primary-soft text-primary',
  pending: 'bg-primary-soft text-primary',
  sending: 'bg-accent-soft text-ink',
  sent: 'bg-success-soft text-success',
  failed: 'bg-danger-soft text-danger',
  cancelled: 'bg-surface-muted text-ink-muted',
  skipped: 'bg-surface-muted text-ink-muted',
}

export type StatusBadgeProps =
  | { kind: 'announcements'; status: AnnouncementStatus }
  | { kind: 'deliveries'; status: DeliveryStatus }

/** An announcement's or a delivery's state, in words and colour. */
export function StatusBadge({ kind, status }: StatusBadgeProps) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-flex w-fit shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-sm font-semibold',
        TONES[status],
      )}
    >
      {t(`notifications.${kind}.statuses.${status}`)}
    </span>
  )
}
