import type { Announcement } from '@yektayar/shared/types'
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  formatDateTime,
  formatNumber,
  LoadingState,
  LoadMore,
  useLanguage,
  useProblemMessage,
  useTimeZone,
  useTranslation,
} from '@yektayar/ui'
import { useAnnouncements } from '../api/announcements.ts'
import { useCancelAnnouncement } from '../api/cancel-announcement.ts'
import { StatusBadge } from './status-badge.tsx'

/** Every announcement, newest first, with its state; scheduled ones can still be cancelled. */
export function AnnouncementList() {
  const { t } = useTranslation()
  const announcements = useAnnouncements()
  const items = announcements.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <section aria-labelledby="announcements-list" className="flex flex-col gap-4">
      <h2 id="announcements-list" className="text-xl font-bold text-ink">
        {t('notifications.announcements.listTitle')}
      </h2>
      {announcements.isPending ? (
        <LoadingState />
      ) : announcements.isError ? (
        <ErrorState error={announcements.error} onRetry={() => announcements.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('notifications.announcements.empty')} />
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((announcement) => (
            <li key={announcement.id}>
              <AnnouncementItem announcement={announcement} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore pages={announcements} label={t('notifications.announcements.more')} />
    </section>
  )
}

function AnnouncementItem({ announcement }: { announcement: Announcement }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const zone = useTimeZone()
  const cancel = useCancelAnnouncement()
  const describe = useProblemMessage()
  return (
    <Card className="flex flex-col gap-2 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-bold text-ink">{announcement.title[language]}</h3>
        <StatusBadge kind="announcements" status={announcement.status} />
      </div>
      <p className="line-clamp-2 text-sm text-ink-muted">{announcement.body[language]}</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
        <span className="font-medium text-ink">
          {t(`notifications.announcements.audiences.${announcement.audience}`)}
        </span>
        <span>
          {t('notifications.announcements.sendAt', {
            time: formatDateTime(announcement.sendAt, language, { timeZone: zone }),
          })}
        </span>
        {announcement.recipientCount !== null && (
          <span>
            {t('notifications.announcements.recipients', {
              number: formatNumber(announcement.recipientCount, language),
            })}
          </span>
        )}
      </p>
      {announcement.status === 'scheduled' && (
        <Button
          variant="secondary"
          className="self-start"
          loading={cancel.isPending}
          onClick={() => cancel.mutate(announcement.id)}
        >
          {t('notifications.announcements.cancel')}
        </Button>
      )}
      {cancel.isError && (
        <p role="alert" className="text-sm font-medium text-danger">
          {describe(cancel.error)}
        </p>
      )}
    </Card>
  )
}
