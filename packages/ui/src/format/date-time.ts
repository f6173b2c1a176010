import type { Language } from '../i18n/language.ts'

/** Where most of our people live; a user's own zone, when set, replaces it. */
export const DEFAULT_TIME_ZONE = 'Asia/Tehran'

/**
 * A civil day as `YYYY-MM-DD` in the Gregorian calendar, whatever calendar is on screen: the
 * key slot lists, calendars and the API agree on, and one that sorts as text.
 */
export type DayKey = string

/** A moment in time: an ISO-8601 string from the API, epoch milliseconds, or a Date. */
export type Instant = string | number | Date

/** fa reads the Persian (Jalali) calendar, whose locale data also brings Persian digits. */
export const DATE_LOCALES: Record<Language, string> = {
  fa: 'fa-IR-u-ca-persian',
  en: 'en-US',
}

export type DateStyle = 'full' | 'long' | 'weekdayDayMonth' | 'dayMonth' | 'monthYear' | 'numeric'

const STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekdayDayMonth: { weekday: 'long', day: 'numeric', month: 'long' },
  dayMonth: { day: 'numeric', month: 'long' },
  monthYear: { month: 'long', year: 'numeric' },
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' },
}

// ICU's Persian patterns differ between versions (Node 20 prints "۱۴۰۴ اسفند ۲۹, جمعه"), so
// fa dates are put together from their parts in the order Persian readers write them.
const FA_ORDER = ['weekday', 'day', 'month', 'year'] as const
const FA_NUMERIC_ORDER = ['year', 'month', 'day'] as const

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, format)
  }
  return format
}

function toDate(instant: Instant): Date {
  return instant instanceof Date ? instant : new Date(instant)
}

export interface DateOptions {
  style?: DateStyle
  timeZone?: string
}

/** A date in the reader's calendar: Jalali with Persian digits in fa, Gregorian in en. */
export function formatDate(instant: Instant, language: Language, options: DateOptions = {}) {
  const { style = 'full', timeZone = DEFAULT_TIME_ZONE } = options
  const format = formatter(DATE_LOCALES[language], { ...STYLES[style], timeZone })
  if (language === 'en') return format.format(toDate(instant))
  const parts = format.formatToParts(toDate(instant))
  const partValue = (type: string) => parts.find((part) => part.type === type)?.value
  if (style === 'numeric') return FA_NUMERIC_ORDER.map(partValue).join('/')
  return FA_ORDER.map(partValue).filter(Boolean).join(' ')
}

/** A clock time: 24-hour with Persian digits in fa ("۰۹:۳۰"), 12-hour in en ("9:30 AM"). */
export function formatTime(instant: Instant, language: Language, timeZone = DEFAULT_TIME_ZONE) {
  const options: Intl.DateTimeFormatOptions =
    language === 'fa'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
      : { hour: 'numeric', minute: '2-digit', timeZone }
  return formatter(DATE_LOCALES[language], options).format(toDate(instant))
}

const AT: Record<Language, string> = { fa: '، ساعت ', en: ' at ' }

/** "جمعه ۲۹ اسفند ۱۴۰۴، ساعت ۱۵:۳۰" / "Friday, March 20, 2026 at 3:30 PM". */
export function formatDateTime(instant: Instant, language: Language, options: DateOptions = {}) {
  const time = formatTime(instant, language, options.timeZone)
  return `${formatDate(instant, language, options)}${AT[language]}${time}`
}

/** The civil day an instant falls on in a time zone. */
export function dayKeyOf(instant: Instant, timeZone = DEFAULT_TIME_ZONE): DayKey {
  const parts = formatter('en-US-u-ca-gregory-nu-latn', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).formatToParts(toDate(instant))
  const partValue = (type: string) => parts.find((part) => part.type === type)?.value ?? ''
  return `${partValue('year').padStart(4, '0')}-${partValue('month')}-${partValue('day')}`
}

/** Noon UTC of a civil day: formatting it in UTC shows that day in every calendar. */
export function dayKeyToDate(day: DayKey): Date {
  return new Date(`${day}T12:00:00Z`)
}

/** A civil day (no time zone involved) in the reader's calendar. */
export function formatDay(day: DayKey, language: Language, style: DateStyle = 'full'): string {
  return formatDate(dayKeyToDate(day), language, { style, timeZone: 'UTC' })
}
