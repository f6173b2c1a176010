import { useTranslation } from 'react-i18next'
import { Icon } from '../components/icon.tsx'
import { useOnline } from './connection.ts'

// A cloud with a line through it.
const OFFLINE_ICON =
  'M3 3l18 18M8.5 8.6A5 5 0 0 0 6.5 18H17m2.8-1.3A4 4 0 0 0 17 10h-.6A6 6 0 0 0 10.7 6'

/**
 * Shown while the server cannot be reached (the browser is offline, or requests fail). The app
 * keeps showing what was already seen, so this says what still works and what waits.
 */
export function OfflineNotice() {
  const { t } = useTranslation('ui')
  if (useOnline()) return null
  return (
    <div role="status" className="border-b border-line bg-accent-soft text-ink">
      <div className="mx-auto flex w-full max-w-6xl items-center gap-3 px-4 py-3">
        <Icon path={OFFLINE_ICON} className="size-5 shrink-0 text-accent" />
        <p>
          <strong className="font-bold">{t('offline.title')}</strong> {t('offline.body')}
        </p>
      </div>
    </div>
  )
}
