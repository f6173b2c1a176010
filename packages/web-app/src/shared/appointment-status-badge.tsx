import type { AppointmentStatus } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'

// Each tone pairs a soft background with its own ink, which keeps AA contrast in both themes.
const TONES: Record<AppointmentStatus, string> = {
  pending: 'bg-primary-soft text-primary',
  confirmed: 'bg-success-soft text-success',
  completed: 'bg-surface-muted text-ink',
  cancelled: 'bg-danger-soft text-danger',
  no_show: 'bg-surface-muted text-ink-muted',
}

export function AppointmentStatusBadge({
  status,
  className,
}: {
  status: AppointmentStatus
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <span
      className={cx(
        'inline-flex w-fit shrink-0 rounded-full px-2.5 py-0.5 text-sm font-semibold',
        TONES[status],
        className,
      )}
    >
      {t(`common.appointmentStatuses.${status}`)}
    </span>
  )
}
