import type { SafetyAlert } from '@yektayar/shared/types'
import { cx, DateTimeText, formatNumber, useLanguage, useTranslation } from '@yektayar/ui'
import { useNow } from '../use-now.ts'

const STATUS_LOOK = {
  open: 'bg-danger-soft text-danger',
  acknowledged: 'bg-accent-soft text-accent',
  resolved: 'bg-success-soft text-success',
} as const

/** How long ago, in words, for the last hour; the date and time after that. */
export function AlertTime({ at }: { at: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const now = useNow()
  const minutes = Math.floor((now - Date.parse(at)) / 60_000)
  if (minutes >= 60) return <DateTimeText value={at} style="dayMonth" />
  const text =
    minutes < 1
      ? t('safetyAlerts.justNow')
      : new Intl.RelativeTimeFormat(language === 'fa' ? 'fa-IR' : 'en', {
          numeric: 'auto',
        }).format(-minutes, 'minute')
  return <time dateTime={new Date(at).toISOString()}>{text}</time>
}

export function AlertStatusBadge({ alert }: { alert: SafetyAlert }) {
  const { t } = useTranslation()
  return (
    <span
      className={cx('rounded-full px-2.5 py-0.5 text-xs font-semibold', STATUS_LOOK[alert.status])}
    >
      {t(`safetyAlerts.status.${alert.status}`)}
    </span>
  )
}

/**
 * What an alert is about, in plain words: the reasons, the patient's answer to "are you safe?",
 * whether it escalated, and when it was last raised.
 */
export function AlertFacts({ alert }: { alert: SafetyAlert }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <div className="flex flex-col gap-1.5 text-sm">
      <p className="text-ink">
        {alert.reasons
          .map((reason) => t(`safetyAlerts.reasons.${reason}`))
          .join(language === 'fa' ? '، ' : ', ')}
      </p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-ink-muted">
        <AlertStatusBadge alert={alert} />
        {alert.tier > 0 && (
          <span className="rounded-full bg-danger px-2.5 py-0.5 text-xs font-semibold text-surface">
            {t('safetyAlerts.escalated', { tier: formatNumber(alert.tier, language) })}
          </span>
        )}
        <span
          className={cx(
            alert.safeNow === 'no' || alert.safeNow === 'unsure'
              ? 'font-semibold text-danger'
              : undefined,
          )}
        >
          {t(`safetyAlerts.safeNow.${alert.safeNow ?? 'none'}`)}
        </span>
        <AlertTime at={alert.lastTriggeredAt} />
        {alert.triggerCount > 1 && (
          <span>
            {t('safetyAlerts.triggerCount', {
              formatted: formatNumber(alert.triggerCount, language),
            })}
          </span>
        )}
      </p>
    </div>
  )
}
