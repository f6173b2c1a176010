import type { QuietHours } from '@yektayar/shared/types'
import { Button, SwitchField, TextField, useLanguage, useTranslation } from '@yektayar/ui'
import { type FormEvent, useState } from 'react'
import { zoneName } from '../../../shared/time-zone/zone-name.ts'

export interface QuietHoursFormProps {
  saved: QuietHours
  timeZone: string
  saving: boolean
  onSave: (quietHours: QuietHours) => void
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Quiet hours hold SMS and push back until they end (in-app still arrives, and safety alerts
 * always go). Start after end is fine: 22:00–08:00 runs overnight.
 */
export function QuietHoursForm({ saved, timeZone, saving, onSave }: QuietHoursFormProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [draft, setDraft] = useState(saved)
  const [invalid, setInvalid] = useState(false)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const valid = CLOCK.test(draft.start) && CLOCK.test(draft.end) && draft.start !== draft.end
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
          <TextField
            label={t('settings.notifications.quietStart')}
            type="time"
            dir="ltr"
            value={draft.start}
            onChange={(event) => setDraft({ ...draft, start: event.target.value })}
            error={invalid ? t('settings.notifications.quietInvalid') : null}
          />
          <TextField
            label={t('settings.notifications.quietEnd')}
            type="time"
            dir="ltr"
            value={draft.end}
            onChange={(event) => setDraft({ ...draft, end: event.target.value })}
          />
        </div>
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
