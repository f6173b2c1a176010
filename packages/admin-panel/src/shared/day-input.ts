import { fromJalali, toJalali, toLatinDigits } from '@yektayar/shared/types'
import { type Language, localizeDigits } from '@yektayar/ui'

const DATE_INPUT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/

/**
 * A day typed either way, in any digits: `1405/09/01` (Jalali, years before 1700) or
 * `2026-11-22` (Gregorian). Null when it is not a real day.
 */
export function parseDayInput(input: string): string | null {
  const match = DATE_INPUT.exec(toLatinDigits(input.trim()))
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (year < 1700) return year >= 1300 ? fromJalali({ year, month, day }) : null
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? text : null
}

/** How a filter day reads back in its field: Jalali `۱۴۰۵/۰۹/۱۶` in fa, `2026-12-07` in en. */
export function dayInputText(day: string, language: Language): string {
  if (language === 'en') return day
  const { year, month, day: d } = toJalali(day)
  const pad = (n: number) => String(n).padStart(2, '0')
  return localizeDigits(`${year}/${pad(month)}/${pad(d)}`, language)
}
