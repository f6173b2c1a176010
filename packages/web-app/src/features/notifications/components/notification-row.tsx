import type { NotificationView } from '@yektayar/shared/types'
import { cx, formatTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useMarkRead } from '../api/mark-read.ts'

/** The contract promises an app path; anything else (another site, `//host`) is not followed. */
function appPathOf(link: string | null): string | null {
  return link?.startsWith('/') && !link.startsWith('//') ? link : null
}

const ROW = 'flex w-full gap-3 p-4 text-start'
const FOCUS = 'focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-focus'

/**
 * One notification: unread ones carry a dot and bolder title. Opening it marks it read and, when
 * it points somewhere in the app, goes there; one without a link is marked read by a click.
 */
export function NotificationRow({ notification }: { notification: NotificationView }) {
  const markRead = useMarkRead()
  const unread = notification.readAt === null
  const path = appPathOf(notification.link)
  const read = () => {
    if (unread) markRead.mutate(notification.id)
  }
  const content = <RowContent notification={notification} />
  const tone = unread ? 'bg-primary-soft/40 hover:bg-primary-soft' : 'hover:bg-surface-muted'
  if (path) {
    return (
      <Link to={path} onClick={read} className={cx(ROW, tone, FOCUS)}>
        {content}
      </Link>
    )
  }
  if (unread) {
    return (
      <button type="button" onClick={read} className={cx(ROW, tone, FOCUS)}>
        {content}
      </button>
    )
  }
  return <div className={ROW}>{content}</div>
}

function RowContent({ notification }: { notification: NotificationView }): ReactNode {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const unread = notification.readAt === null
  return (
    <>
      <span
        aria-hidden="true"
        className={cx(
          'mt-2 size-2.5 shrink-0 rounded-full',
          unread ? 'bg-primary' : 'bg-transparent',
        )}
      />
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
          <span className={cx('break-words text-ink', unread ? 'font-bold' : 'font-medium')}>
            {unread && <span className="sr-only">{t('notifications.unread')}: </span>}
            {notification.title}
          </span>
          <time dateTime={notification.createdAt} className="shrink-0 text-xs text-ink-muted">
            {formatTime(notification.createdAt, language, timeZone)}
          </time>
        </span>
        <span className="break-words text-sm text-ink-muted">{notification.body}</span>
      </span>
    </>
  )
}
