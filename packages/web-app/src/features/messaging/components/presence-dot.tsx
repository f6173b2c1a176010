import { cx, useTranslation } from '@yektayar/ui'
import { usePresence } from '../realtime/presence.ts'

/** A green dot when the person is online; nothing while their state is not known. */
export function PresenceDot({ userId, className }: { userId: string; className?: string }) {
  const { t } = useTranslation()
  const online = usePresence(userId)
  if (online === undefined) return null
  return (
    <span
      role="img"
      aria-label={online ? t('messaging.list.online') : t('messaging.list.offline')}
      className={cx(
        'inline-block size-3 rounded-full ring-2 ring-surface',
        online ? 'bg-success' : 'bg-line-strong',
        className,
      )}
    />
  )
}
