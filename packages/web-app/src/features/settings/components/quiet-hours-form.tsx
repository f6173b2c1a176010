import type { QuietHours } from '@yektayar/shared/types'
import {
  Button,
  localizeDigits,
  SelectField,
  SwitchField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'

export interface QuietHoursFormProps {
  saved: QuietHours
  timeZone: string
  saving: boolean
  onSave: (quietHours: QuietHours) => void
}

/** Every half hour of the day, "00:00" to "23:30", plus the saved times if they fall between. */
function clockTimes(saved: QuietHours): string[] {
  const halfHours = Array.from({ length: 48 }, (_, index) => {
    const hours = String(Math.floor(index / 2)).padStart(2, '0')
    return `${hours}:${index % 2 ? '30' : '00'}`
  })
  return [...new Set([...halfHours, saved.start, saved.end])].sort()
}

/**
 * Quiet hours hold SMS and push back until they end (in-app still arrives, and safety alerts
 * always go). Start after end is fine: 22:00–08:00 runs overnight. Selects rather than time
 * inputs: those show the browser's own 12-hour clock and Latin digits on a Persian page.
 */
export function QuietHoursForm({ saved, timeZone, saving, onSave }: QuietHoursFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [draft, setDraft] = useState(saved)
  const [invalid, setInvalid] = useState(false)
  const options = clockTimes(saved).map((time): [string, string] => [
    time,
    localizeDigits(time, language),
  ])
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const valid = draft.start !== draft.end
    setInvalid(!valid)
    if (valid) onSave(draft)
  }
  const changed =
    draft.enabled !== saved.enabled || draft.start !== saved.start || draft.end !== saved.end
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4">
      <SwitchField
        label={t('settings.notifications.quietHours')}
        hint={t('settings.notifications.quietHoursHint', { zone: zoneName(timeZone, language) })}
        checked={draft.enabled}
        onChange={(enabled) => setDraft({ ...draft, enabled })}
      />
      {draft.enabled && (
        <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
          <SelectField
            label={t('settings.notifications.quietStart')}
            value={draft.start}
            options={options}
            onChange={(event) => setDraft({ ...draft, start: event.target.value })}
          />
          <SelectField
            label={t('settings.notifications.quietEnd')}
            value={draft.end}
            options={options}
            onChange={(event) => setDraft({ ...draft, end: event.target.value })}
          />
        </div>
      )}
      {invalid && (
        <p role="alert" className="text-sm font-medium text-danger">
          {t('settings.notifications.quietInvalid')}
        </p>
      )}
      <Button
        type="submit"
        variant="secondary"
        className="self-start"
        disabled={!changed}
        loading={saving}
      >
        {t('settings.notifications.quietSave')}
      </Button>
    </form>
  )
}
