import type { ThreadSummary } from '@yektayar/shared/types'
import {
  cx,
  DateTimeText,
  dayKeyOf,
  formatNumber,
  useLanguage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useDepartmentName } from '../api/departments.ts'
import { useThreadTitle } from '../thread-title.ts'
import { AvatarInitial } from './avatar-initial.tsx'
import { PresenceDot } from './presence-dot.tsx'

export interface ThreadRowProps {
  thread: ThreadSummary
  myId: string
  /** Staff badges and actions under the row (the inbox). */
  footer?: ReactNode
  /** Open beside the list. */
  active?: boolean
}

/** One conversation in a list: who, what was said last, when, and how much is unread. */
export function ThreadRow({ thread, myId, footer, active }: ThreadRowProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const titleOf = useThreadTitle()
  const departmentName = useDepartmentName()
  const title = titleOf(thread)
  const last = thread.lastMessage
  const today = dayKeyOf(Date.now(), timeZone) === dayKeyOf(thread.lastMessageAt, timeZone)
  const unread = thread.unreadCount > 0
  return (
    <div
      className={cx(
        'flex flex-col gap-2 rounded-2xl border bg-surface p-3 shadow-sm transition-colors focus-within:border-primary hover:border-primary sm:p-4',
        active ? 'border-primary bg-primary-soft' : unread ? 'border-primary/40' : 'border-line',
      )}
    >
      <div className="relative flex items-center gap-3">
        <AvatarInitial
          name={title}
          support={thread.kind === 'department'}
          photoUrl={thread.counterpart?.avatarUrl}
          badge={thread.counterpart ? <PresenceDot userId={thread.counterpart.id} /> : undefined}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex items-baseline justify-between gap-2">
            <Link
              to={`/messages/${thread.id}`}
              aria-current={active ? 'page' : undefined}
              className={cx(
                'truncate text-base text-ink after:absolute after:inset-0',
                unread ? 'font-extrabold' : 'font-bold',
              )}
              dir="auto"
            >
              {title}
            </Link>
            <DateTimeText
              value={thread.lastMessageAt}
              show={today ? 'time' : 'date'}
              style="dayMonth"
              className={cx(
                'shrink-0 text-xs',
                unread ? 'font-bold text-primary' : 'text-ink-muted',
              )}
            />
          </div>
          <div className="flex items-center justify-between gap-2">
            <p className="truncate text-sm text-ink-muted">
              {last ? (
                <>
                  {last.senderId === myId && <span>{t('messaging.list.you')}</span>}
                  {/* Only a message of files alone has no text (the server refuses blank text). */}
                  <span dir="auto">{last.preview || t('messaging.attachments.preview')}</span>
                </>
              ) : (
                t('messaging.list.noMessages')
              )}
            </p>
            {unread && (
              <span className="inline-flex min-w-6 shrink-0 items-center justify-center rounded-full bg-primary px-1.5 py-0.5 text-xs font-bold text-on-primary">
                <span aria-hidden="true">{formatNumber(thread.unreadCount, language)}</span>
                <span className="sr-only">
                  {t('messaging.list.unread', {
                    count: thread.unreadCount,
                    formatted: formatNumber(thread.unreadCount, language),
                  })}
                </span>
              </span>
            )}
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            {thread.category && (
              <span className="rounded-full bg-primary-soft px-2 py-0.5 text-xs font-medium text-primary">
                {departmentName(thread.category)}
              </span>
            )}
            {thread.status !== 'open' && (
              <span className="rounded-full bg-surface-muted px-2 py-0.5 text-xs font-medium text-ink-muted">
                {t('messaging.list.closed')}
              </span>
            )}
          </div>
        </div>
      </div>
      {footer}
    </div>
  )
}
