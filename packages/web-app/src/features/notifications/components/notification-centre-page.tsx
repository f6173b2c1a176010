import { Button, buttonClasses, LoadMore, useProblemMessage, useTranslation } from '@yektayar/ui'
import { Link } from 'react-router'
import { ListStates } from '../../../shared/list-states.tsx'
import { Page } from '../../../shared/page.tsx'
import { ViewerTimeZone } from '../../../shared/time-zone/viewer-time-zone.tsx'
import { useMarkAllRead } from '../api/mark-read.ts'
import { useNotificationList } from '../api/notification-list.ts'
import { useUnreadNotificationCount } from '../api/unread-count.ts'
import { NotificationDays } from './notification-days.tsx'

/** /notifications: everything I was told, by day, newest first; unread ones marked. */
export function NotificationCentrePage() {
  const { t } = useTranslation()
  const describe = useProblemMessage()
  const list = useNotificationList()
  const unread = useUnreadNotificationCount().data ?? 0
  const markAll = useMarkAllRead()
  const items = list.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <Page messages="notifications" width="max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Link to="/settings#notifications" className={buttonClasses({ variant: 'ghost' })}>
          {t('notifications.settingsLink')}
        </Link>
        <Button
          variant="secondary"
          needsConnection
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {markAll.isError && (
        <p role="alert" className="rounded-xl bg-danger-soft px-4 py-3 text-sm text-danger">
          {describe(markAll.error)}
        </p>
      )}
      <ListStates pages={list} count={items.length} messages="notifications">
        <ViewerTimeZone>
          <NotificationDays items={items} />
          <LoadMore pages={list} label={t('notifications.more')} />
        </ViewerTimeZone>
      </ListStates>
    </Page>
  )
}
