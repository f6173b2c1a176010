import { formatDateTime, TextField, useTimeZone, useTranslation } from '@yektayar/ui'
import type { ComposerValues } from '../composer-form.ts'
import { wallTimeToInstant } from '../send-time.ts'

export interface SendTimeFieldProps {
  when: ComposerValues['when']
  sendAt: string
  error: string | null
  onWhen: (when: ComposerValues['when']) => void
  onSendAt: (sendAt: string) => void
}

/**
 * Now, or a date and time in the staff member's zone; the chosen moment is read back in the
 * Jalali calendar and in English, so nobody schedules for the wrong day.
 */
export function SendTimeField({ when, sendAt, error, onWhen, onSendAt }: SendTimeFieldProps) {
  const { t } = useTranslation()
  const zone = useTimeZone()
  const instant = wallTimeToInstant(sendAt, zone)
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1.5 text-sm font-medium text-ink">
        {t('notifications.composer.when')}
      </legend>
      <div className="flex flex-wrap gap-2">
        {(['now', 'later'] as const).map((option) => (
          <label
            key={option}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-line-strong px-4 has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:checked]:text-primary"
          >
            <input
              type="radio"
              name="send-when"
              value={option}
              checked={when === option}
              onChange={() => onWhen(option)}
              className="accent-primary"
            />
            {t(`notifications.composer.${option}`)}
          </label>
        ))}
      </div>
      {when === 'later' && (
        <TextField
          type="datetime-local"
          label={t('notifications.composer.sendAt', { zone })}
          value={sendAt}
          onChange={(event) => onSendAt(event.target.value)}
          error={error}
          dir="ltr"
          className="max-w-sm"
        />
      )}
      {when === 'later' && instant && (
        // The moment in both calendars, each line in its own direction: Jalali and Gregorian.
        <div className="flex flex-col gap-0.5 rounded-xl bg-surface-muted px-3 py-2 text-sm text-ink">
          <span className="text-ink-muted">{t('notifications.composer.sendAtReads')}</span>
          <span lang="fa" dir="rtl" className="self-start">
            {formatDateTime(instant, 'fa', { timeZone: zone })}
          </span>
          <span lang="en" dir="ltr" className="self-start">
            {formatDateTime(instant, 'en', { timeZone: zone })}
          </span>
        </div>
      )}
    </fieldset>
  )
}
