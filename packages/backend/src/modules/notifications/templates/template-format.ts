import type { NotificationParams } from '../../../jobs/notification-event.ts'
import type { Locale } from '../../../lib/app-error.ts'
import type { Localized } from './notification-template.ts'

/** The only name a non-discreet SMS or push carries: the app's, never what it is for. */
export const BRAND: Localized = { fa: 'یکتایار', en: 'YektaYar' }

const whenFormats = new Map<string, Intl.DateTimeFormat>()

function formatOf(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let format = whenFormats.get(key)
  if (!format) {
    // Persian: the Solar Hijri calendar with Persian digits; English: the Gregorian one.
    format = new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', {
      timeZone,
      hourCycle: 'h23',
      ...options,
    })
    whenFormats.set(key, format)
  }
  return format
}

/** «یکشنبه ۱۶ آذر، ۰۹:۰۰» / "Sunday 6 December, 09:00", in the recipient's zone. */
export function formatWhen(iso: string, timeZone: string, locale: Locale): string {
  const parts = Object.fromEntries(
    formatOf(locale, timeZone, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  // Built from parts: ICU's own fa-IR order and Latin comma read oddly in a sentence.
  const separator = locale === 'fa' ? '،' : ','
  return `${parts.weekday} ${parts.day} ${parts.month}${separator} ${parts.hour}:${parts.minute}`
}

/**
 * A Kavenegar lookup token has no spaces: the date as `۱۴۰۵/۰۹/۱۶` (or `2026-12-06`) and the
 * time as `۰۹:۰۰`, both in the recipient's zone.
 */
export function whenTokens(iso: string, timeZone: string, locale: Locale): [string, string] {
  const parts = Object.fromEntries(
    formatOf(locale, timeZone, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
  const date =
    locale === 'fa'
      ? `${parts.year}/${parts.month}/${parts.day}`
      : `${parts.year}-${parts.month}-${parts.day}`
  // fa-IR's year carries no era word, but strip any space ICU may add in another version.
  return [date.replace(/\s/g, ''), `${parts.hour}:${parts.minute}`]
}

/** Rials as toman (what people in Iran count in), with the locale's digits and grouping. */
export function formatToman(amountIrr: number, locale: Locale): string {
  return Math.floor(amountIrr / 10).toLocaleString(locale === 'fa' ? 'fa-IR' : 'en-US')
}

/** Both languages at once, for render(). */
export function localized(text: (locale: Locale) => string): Localized {
  return { fa: text('fa'), en: text('en') }
}

export function stringParam(params: NotificationParams, name: string): string {
  const value = params[name]
  if (typeof value !== 'string') throw new Error(`template param ${name} must be a string`)
  return value
}

export function numberParam(params: NotificationParams, name: string): number {
  const value = params[name]
  if (typeof value !== 'number') throw new Error(`template param ${name} must be a number`)
  return value
}
