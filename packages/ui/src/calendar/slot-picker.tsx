import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { cx } from '../components/cx.ts'
import { type DayKey, formatDay, formatTime } from '../format/date-time.ts'
import { useTimeZone } from '../format/time-zone.tsx'
import { useLanguage } from '../i18n/use-language.ts'
import { groupSlotsByDay } from './group-slots.ts'

export interface SlotPickerProps {
  /** Free slot start times as ISO-8601 UTC instants, in any order. */
  slots: readonly string[]
  /** The chosen instant, exactly as it appears in `slots`. */
  value: string | null
  onChange: (slot: string) => void
  /** Show only this day (in the user's zone), e.g. the one chosen in the calendar. */
  day?: DayKey
  className?: string
}

/**
 * Free times as local clock times grouped under their day. Native radio buttons carry the
 * semantics: one tab stop, arrow keys between times, and the choice announced.
 */
export function SlotPicker({ slots, value, onChange, day, className }: SlotPickerProps) {
  const language = useLanguage()
  const timeZone = useTimeZone()
  const { t } = useTranslation('ui')
  const name = useId()
  const groups = groupSlotsByDay(slots, timeZone).filter((group) => !day || group.day === day)
  if (groups.length === 0) {
    return <p className={cx('py-4 text-ink-muted', className)}>{t('slots.none')}</p>
  }
  return (
    <div className={cx('flex flex-col gap-5', className)}>
      {groups.map((group) => (
        <fieldset key={group.day} className="flex flex-col gap-2">
          <legend className="mb-2 font-bold text-ink">
            {formatDay(group.day, language, 'weekdayDayMonth')}
          </legend>
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {group.slots.map((slot) => (
              <label key={slot} className="relative">
                <input
                  type="radio"
                  name={name}
                  value={slot}
                  checked={slot === value}
                  onChange={() => onChange(slot)}
                  className="peer sr-only"
                />
                <span
                  className={cx(
                    'flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-line-strong bg-surface px-3 font-medium text-ink transition-colors hover:bg-primary-soft',
                    // A hovered choice stays dark: the light hover colour under white text is unreadable.
                    'peer-checked:border-primary peer-checked:bg-primary peer-checked:text-on-primary peer-checked:hover:bg-primary',
                    'peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus',
                  )}
                >
                  <time dateTime={slot}>{formatTime(slot, language, timeZone)}</time>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  )
}
