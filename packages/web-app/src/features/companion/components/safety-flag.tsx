import type { CompanionMessage } from '@yektayar/shared/types'
import { cx, useLanguage, useTranslation } from '@yektayar/ui'

const LOOK = {
  concern: 'bg-accent-soft text-accent',
  crisis: 'bg-danger-soft text-danger',
} as const

/**
 * Under a patient's message, for the psychologist reading it: the risk the safety check saw
 * (concern or crisis) and why, in words; nothing for a message it judged safe.
 */
export function SafetyFlag({ safety }: { safety: CompanionMessage['safety'] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (!safety || safety.level === 'none') return null
  const reasons = safety.reasons
    .map((reason) => t(`safetyAlerts.reasons.${reason}`))
    .join(language === 'fa' ? '، ' : ', ')
  return (
    <p className="flex flex-wrap items-center justify-end gap-x-2 gap-y-1 self-end text-xs">
      <span className={cx('rounded-full px-2.5 py-0.5 font-semibold', LOOK[safety.level])}>
        {t(`companion.shared.transcript.safety.${safety.level}`)}
      </span>
      {reasons && <span className="text-ink-muted">{reasons}</span>}
    </p>
  )
}
