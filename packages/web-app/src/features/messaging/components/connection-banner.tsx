import { useTranslation } from '@yektayar/ui'
import { useConnectionState } from '../realtime/use-connection-state.ts'

/**
 * Said only while the live connection is down on a device that is online: without a network
 * the shell's offline notice already says it, and pending messages say they will wait.
 */
export function ConnectionBanner() {
  const { t } = useTranslation()
  const state = useConnectionState()
  if (state !== 'connecting') return null
  return (
    <p role="status" className="rounded-xl bg-surface-muted px-4 py-2 text-sm text-ink">
      {t('messaging.thread.connecting')}
    </p>
  )
}
