import { fromJalali, toJalali } from '@yektayar/shared/types'
import { dayKeyOf, formatDay, type Language, localizeDigits } from '@yektayar/ui'

const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formats.set(key, found)
  }
  return found
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`)

/** "۱ فروردین ۱۴۰۶" in fa, "Farvardin 1, 1406 AP" in en: holidays are kept by Jalali year. */
export function jalaliDayText(day: string, language: Language): string {
  if (language === 'fa') return formatDay(day, 'fa', 'long')
  return format('en-US-u-ca-persian', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    noon(day),
  )
}

/** The same day in the Gregorian calendar, in the reader's language and digits. */
export function gregorianDayText(day: string, language: Language): string {
  if (language === 'en') return formatDay(day, 'en', 'long')
  return format('fa-IR-u-ca-gregory', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    noon(day),
  )
}

export function weekdayText(day: string, language: Language): string {
  const locale = language === 'fa' ? 'fa-IR' : 'en-US'
  return format(locale, { weekday: 'long' }).format(noon(day))
}

/** The names of the twelve Jalali months in the reader's language. */
export function jalaliMonthNames(year: number, language: Language): string[] {
  const locale = language === 'fa' ? 'fa-IR-u-ca-persian' : 'en-US-u-ca-persian'
  return Array.from({ length: 12 }, (_, index) =>
    format(locale, { month: 'long' }).format(
      noon(fromJalali({ year, month: index + 1, day: 1 }) ?? ''),
    ),
  )
}

/** The Jalali year it is now in Iran. */
export function currentJalaliYear(now = new Date()): number {
  return toJalali(dayKeyOf(now)).year
}

export const yearText = (year: number, language: Language) => localizeDigits(String(year), language)
