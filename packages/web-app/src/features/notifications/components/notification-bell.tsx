import type { NotificationView } from '@yektayar/shared/types'
import { cx, formatNumber, Icon, useLanguage, useTranslation } from '@yektayar/ui'
import { useCallback, useState } from 'react'
import { NavLink } from 'react-router'
import { useUnreadNotificationCount } from '../api/unread-count.ts'
import { useLiveNotifications } from '../realtime/use-live-notifications.ts'

const BELL = 'M6 10a6 6 0 1 1 12 0c0 4 1.5 6 2.5 7h-17C4.5 16 6 14 6 10ZM10 20.5a2.2 2.2 0 0 0 4 0'

/** More than this shows as "99+": the badge stays a small round mark. */
const BADGE_MAX = 99

/**
 * The header's bell: a link to the notification centre carrying the unread count, kept live by
 * the socket. Its name says the count ("Notifications, 3 unread"); a new notification is also
 * read out once by screen readers.
 */
export function NotificationBell() {
  const { t } = useTranslation()
  const language = useLanguage()
  const count = useUnreadNotificationCount().data ?? 0
  const [arrived, setArrived] = useState('')
  const announce = useCallback(
    (notification: NotificationView) =>
      setArrived(t('notifications.bell.arrived', { title: notification.title })),
    [t],
  )
  useLiveNotifications(announce)
  const shown =
    count > BADGE_MAX ? `${formatNumber(BADGE_MAX, language)}+` : formatNumber(count, language)
  const label =
    count > 0
      ? t('notifications.bell.labelUnread', { shown: formatNumber(count, language) })
      : t('notifications.bell.label')
  return (
    <>
      <NavLink
        to="/notifications"
        aria-label={label}
        title={label}
        className={({ isActive }) =>
          cx(
            'relative inline-flex size-10 shrink-0 items-center justify-center rounded-full border border-line text-ink transition-colors hover:bg-surface-muted',
            isActive && 'border-primary text-primary',
          )
        }
      >
        <Icon path={BELL} className="size-5" />
        {count > 0 && (
          <span
            aria-hidden="true"
            data-testid="notification-badge"
            className="absolute -end-1.5 -top-1.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-danger px-1 text-xs font-bold leading-none text-surface"
          >
            {shown}
          </span>
        )}
      </NavLink>
      <span role="status" className="sr-only">
        {arrived}
      </span>
    </>
  )
}
