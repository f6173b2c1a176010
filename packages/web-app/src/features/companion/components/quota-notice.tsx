import { Button, formatDateTime, useLanguage, useTimeZone, useTranslation } from '@yektayar/ui'
import { quotaResetsAt, useCompanionUsage } from '../api/usage.ts'

/** Out of messages for now: when sending opens again, and a person meanwhile. */
export function QuotaNotice({ onTalk }: { onTalk: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const timeZone = useTimeZone()
  const usage = useCompanionUsage()
  const resetsAt = quotaResetsAt(usage.data)
  return (
    <div className="mt-3 flex flex-col gap-2 rounded-xl bg-surface-muted p-3 text-sm">
      {resetsAt && (
        <p className="font-semibold text-ink">
          {t('companion.quota.resetsAt', {
            time: formatDateTime(resetsAt, language, { timeZone, style: 'weekdayDayMonth' }),
          })}
        </p>
      )}
      <Button variant="secondary" className="min-h-10 self-start" onClick={onTalk}>
        {t('companion.quota.talk')}
      </Button>
    </div>
  )
}
