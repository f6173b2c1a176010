import type { User } from '@yektayar/shared'
import { DEFAULT_TIME_ZONE, useTranslation } from '@yektayar/ui'
import { useId, useMemo } from 'react'
import { useUpdateMe } from '../api/update-me.ts'
import { LanguageChoice } from './language-choice.tsx'
import { SaveStatus } from './save-status.tsx'
import { SettingsSection } from './settings-section.tsx'

/** Every zone this browser knows, ours first; a saved zone it does not know stays choosable. */
function zoneOptions(saved: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const rest = all.filter((zone) => zone !== DEFAULT_TIME_ZONE && zone !== saved)
  return [...new Set([DEFAULT_TIME_ZONE, saved])].concat(rest)
}

export function LanguageSection({ me }: { me: User }) {
  const { t } = useTranslation()
  const updateMe = useUpdateMe()
  const zoneId = useId()
  const saved =
    typeof me.preferences.timeZone === 'string' ? me.preferences.timeZone : DEFAULT_TIME_ZONE
  const zones = useMemo(() => zoneOptions(saved), [saved])

  return (
    <SettingsSection
      id="language"
      title={t('settings.language.title')}
      lead={t('settings.language.lead')}
    >
      <LanguageChoice onChosen={(language) => updateMe.mutate({ preferences: { language } })} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={zoneId} className="text-sm font-medium text-ink">
          {t('settings.language.timeZone')}
        </label>
        <select
          id={zoneId}
          dir="ltr"
          value={saved}
          aria-describedby={`${zoneId}-hint`}
          onChange={(event) => updateMe.mutate({ preferences: { timeZone: event.target.value } })}
          className="min-h-12 w-full rounded-xl border border-line-strong bg-surface px-3 text-base text-ink"
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="text-sm text-ink-muted">
          {t('settings.language.timeZoneHint')}
        </p>
      </div>
      <SaveStatus error={updateMe.error} saved={updateMe.isSuccess} />
    </SettingsSection>
  )
}
