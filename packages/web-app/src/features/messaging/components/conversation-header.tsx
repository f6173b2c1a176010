import type { ThreadDetails } from '@yektayar/shared/types'
import { cx, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { useDepartmentName } from '../api/departments.ts'
import { usePresence } from '../realtime/presence.ts'
import { AvatarInitial } from './avatar-initial.tsx'
import { PresenceDot } from './presence-dot.tsx'
import { AssigneeBadge, ThreadActions } from './thread-actions.tsx'

export interface ConversationHeaderProps {
  thread: ThreadDetails
  title: string
  myId: string
}

export function ConversationHeader({ thread, title, myId }: ConversationHeaderProps) {
  const { t } = useTranslation()
  const departmentName = useDepartmentName()
  const counterpart = thread.kind === 'direct' ? thread.counterpart : null
  const online = usePresence(counterpart?.id)
  // Staff reading a department thread they have not answered yet came from the inbox.
  const fromInbox = thread.myRole === null || (thread.canManage && thread.myRole === 'admin')
  return (
    <header className="flex flex-col gap-2 border-b border-line bg-surface px-3 pt-[max(0.75rem,env(safe-area-inset-top))] pb-3 sm:px-5">
      <div className="flex items-center gap-3">
        <Link
          to={fromInbox ? '/inbox' : '/messages'}
          className={cx(
            'inline-flex size-11 shrink-0 items-center justify-center rounded-full text-ink hover:bg-surface-muted',
            // Beside the list from md up, the way back to it is the list itself.
            !fromInbox && 'md:hidden',
          )}
          aria-label={fromInbox ? t('messaging.thread.backToInbox') : t('messaging.thread.back')}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6 ltr:-scale-x-100"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="m9 6 6 6-6 6" />
          </svg>
        </Link>
        <AvatarInitial
          name={title}
          support={thread.kind === 'department'}
          photoUrl={counterpart?.avatarUrl}
          badge={counterpart ? <PresenceDot userId={counterpart.id} /> : undefined}
        />
        <div className="flex min-w-0 flex-1 flex-col">
          <h1 className="truncate text-lg font-bold text-ink" dir="auto">
            {title}
          </h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
            {counterpart && online !== undefined && (
              <span className={cx(online && 'text-success')}>
                {online ? t('messaging.list.online') : t('messaging.list.offline')}
              </span>
            )}
            {thread.category && <span>{departmentName(thread.category)}</span>}
            {thread.status !== 'open' && (
              <span className="rounded-full bg-surface-muted px-2 text-xs font-semibold text-ink">
                {t('messaging.list.closed')}
              </span>
            )}
            {thread.canManage && <AssigneeBadge assigneeId={thread.assigneeId} myId={myId} />}
          </p>
        </div>
      </div>
      <details className="group">
        <summary className="w-fit cursor-pointer rounded-lg px-2 py-1 text-sm font-medium text-primary hover:bg-primary-soft">
          {t('messaging.actions.label')}
        </summary>
        <ThreadActions className="pt-2" thread={thread} myId={myId} canManage={thread.canManage} />
      </details>
    </header>
  )
}
