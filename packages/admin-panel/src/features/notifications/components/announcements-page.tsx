import { useTranslation } from '@yektayar/ui'
import { RequirePermission } from '../../../shared/require-permission.tsx'
import { AnnouncementComposer } from './announcement-composer.tsx'
import { AnnouncementList } from './announcement-list.tsx'

/** Writing announcements and following the ones sent (notifications.announce). */
export function AnnouncementsPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:py-10">
      <title>{t('notifications.announcements.pageTitle')}</title>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-extrabold text-ink sm:text-3xl">
          {t('notifications.announcements.title')}
        </h1>
        <p className="max-w-3xl text-ink-muted">{t('notifications.announcements.lead')}</p>
      </header>
      <RequirePermission permission="notifications.announce">
        <AnnouncementComposer />
        <AnnouncementList />
      </RequirePermission>
    </div>
  )
}
