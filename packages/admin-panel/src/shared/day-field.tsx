import {
  addDays,
  Button,
  type DayKey,
  Icon,
  MonthCalendar,
  TextField,
  useLanguage,
  useTranslation,
} from '@yektayar/ui'
import { useState } from 'react'
import { dayInputText, parseDayInput } from './day-input.ts'
import { ModalDialog } from './modal-dialog.tsx'

const CALENDAR_ICON =
  'M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z'

export interface DayFieldProps {
  label: string
  /** The text in the field: a day as typed (Jalali or Gregorian, any digits) or picked. */
  value: string
  onChange: (text: string) => void
  error?: string | null
  hint?: string
}

function daysFrom(first: DayKey, last: DayKey): Set<DayKey> {
  const days = new Set<DayKey>()
  for (let day = first; day <= last; day = addDays(day, 1)) days.add(day)
  return days
}

/**
 * A filter day: typed (`۱۴۰۵/۰۹/۰۱` or `2026-11-22`) or picked on the calendar of the reader's
 * language (Jalali, Saturday first, in fa), whose every day is choosable.
 */
export function DayField({ label, value, onChange, error, hint }: DayFieldProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [open, setOpen] = useState(false)
  const [monthDays, setMonthDays] = useState<ReadonlySet<DayKey>>(new Set())
  const selected = value.trim() ? parseDayInput(value) : null
  return (
    <div className="flex items-start gap-2">
      <TextField
        className="min-w-0 flex-1"
        label={label}
        hint={hint}
        value={value}
        dir="ltr"
        autoComplete="off"
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
      <Button
        variant="secondary"
        className="mt-7 shrink-0 px-3"
        aria-label={t('shared.dayField.pick', { label })}
        onClick={() => setOpen(true)}
      >
        <Icon path={CALENDAR_ICON} className="size-5" />
      </Button>
      <ModalDialog open={open} title={label} onClose={() => setOpen(false)}>
        <MonthCalendar
          availableDays={monthDays}
          selectedDay={selected}
          label={t('shared.dayField.calendar', { label })}
          dayStatusLabels={{ available: t('shared.dayField.choosable'), unavailable: '' }}
          onMonthChange={(first, last) => setMonthDays(daysFrom(first, last))}
          onSelectDay={(day) => {
            onChange(dayInputText(day, language))
            setOpen(false)
          }}
        />
      </ModalDialog>
    </div>
  )
}
