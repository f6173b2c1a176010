import type { User } from '@yektayar/shared/types'
import { DEFAULT_TIME_ZONE, SelectField, useTranslation } from '@yektayar/ui'
import { useMemo } from 'react'
import { useUpdateMe } from '../../../shared/api/update-me.ts'
import { LanguageChoice } from '../../../shared/profile/language-choice.tsx'
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
  const saved =
    typeof me.preferences.timeZone === 'string' ? me.preferences.timeZone : DEFAULT_TIME_ZONE
  const zones = useMemo(() => zoneOptions(saved), [saved])

  return (
    <SettingsSection area="language">
      <LanguageChoice onChosen={(language) => updateMe.mutate({ preferences: { language } })} />
      <SelectField
        label={t('settings.language.timeZone')}
        hint={t('settings.language.timeZoneHint')}
        dir="ltr"
        value={saved}
        onChange={(event) => updateMe.mutate({ preferences: { timeZone: event.target.value } })}
        options={zones.map((zone): [string, string] => [zone, zone.replaceAll('_', ' ')])}
      />
      <SaveStatus error={updateMe.error} saved={updateMe.isSuccess} />
    </SettingsSection>
  )
}
