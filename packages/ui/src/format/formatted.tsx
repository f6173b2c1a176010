import { useLanguage } from '../i18n/use-language.ts'
import {
  type DateStyle,
  formatDate,
  formatDateTime,
  formatTime,
  type Instant,
} from './date-time.ts'
import { formatMoney, type Rials } from './money.ts'
import { useTimeZone } from './time-zone.tsx'

export interface MoneyProps {
  /** Integer rials, as the API sends them; shown in toman. */
  amountIrr: Rials
  className?: string
}

/** A price in the reader's language, re-rendered when the language changes. */
export function Money({ amountIrr, className }: MoneyProps) {
  const language = useLanguage()
  return (
    <data value={String(amountIrr)} className={className}>
      {formatMoney(amountIrr, language)}
    </data>
  )
}

export interface DateTimeTextProps {
  value: Instant
  /** `date` and `dateTime` take a style; `time` is the clock time only. */
  show?: 'date' | 'time' | 'dateTime'
  style?: DateStyle
  className?: string
}

/** An instant in the user's zone and calendar, machine-readable through `<time dateTime>`. */
export function DateTimeText({ value, show = 'dateTime', style, className }: DateTimeTextProps) {
  const language = useLanguage()
  const timeZone = useTimeZone()
  const iso = new Date(value).toISOString()
  const text =
    show === 'time'
      ? formatTime(value, language, timeZone)
      : show === 'date'
        ? formatDate(value, language, { style, timeZone })
        : formatDateTime(value, language, { style, timeZone })
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  )
}
