import { Button, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import type { Unavailable } from '../use-companion-chat.ts'

export interface UnavailableNoticeProps {
  /** Why, when this page saw it happen; null for a reply found unavailable on opening. */
  unavailable: Unavailable | null
  onOffline: () => void
  /** Absent when there is no message to send again (the companion was down before any). */
  onRetry?: () => void
  onTalk: () => void
}

/**
 * The provider could not answer (DESIGN §10: it can vanish from Iran): said calmly, with the
 * ways on — the offline companion, another try, a person.
 */
export function UnavailableNotice({
  unavailable,
  onOffline,
  onRetry,
  onTalk,
}: UnavailableNoticeProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const wait = unavailable?.retryAfterSeconds
  return (
    <section
      role="status"
      aria-labelledby="companion-unavailable-title"
      className="mt-4 flex flex-col gap-3 rounded-2xl border border-line bg-surface-muted p-4 text-ink"
    >
      <h2 id="companion-unavailable-title" className="font-bold">
        {t('companion.unavailable.title')}
      </h2>
      <p className="text-sm leading-relaxed">{t('companion.unavailable.body')}</p>
      {wait ? (
        <p className="text-sm text-ink-muted">
          {t('companion.unavailable.later', {
            minutes: formatNumber(Math.max(1, Math.ceil(wait / 60)), language),
          })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button className="min-h-10" needsConnection onClick={onOffline}>
          {t('companion.unavailable.offline')}
        </Button>
        {onRetry && (
          <Button variant="secondary" className="min-h-10" needsConnection onClick={onRetry}>
            {t('companion.unavailable.retry')}
          </Button>
        )}
        <Button variant="secondary" className="min-h-10" onClick={onTalk}>
          {t('companion.unavailable.talk')}
        </Button>
      </div>
    </section>
  )
}
