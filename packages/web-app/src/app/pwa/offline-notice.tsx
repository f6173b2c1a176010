import { Icon, useTranslation } from '@yektayar/ui'
import { useOnline } from './use-online.ts'

// A cloud with a line through it.
const OFFLINE_ICON =
  'M3 3l18 18M8.5 8.6A5 5 0 0 0 6.5 18H17m2.8-1.3A4 4 0 0 0 17 10h-.6A6 6 0 0 0 10.7 6'

/**
 * Shown while the browser is offline. The shell still opens from the service worker's cache,
 * so this explains why new data does not load rather than blocking the screen.
 */
export function OfflineNotice() {
  const { t } = useTranslation()
  if (useOnline()) return null
  return (
    <div role="status" className="border-b border-line bg-accent-soft text-ink">
      <div className="mx-auto flex w-full max-w-6xl items-center gap-3 px-4 py-3">
        <Icon path={OFFLINE_ICON} className="size-5 text-accent" />
        <p>
          <strong className="font-bold">{t('shell.offline.title')}</strong>{' '}
          {t('shell.offline.body')}
        </p>
      </div>
    </div>
  )
}
