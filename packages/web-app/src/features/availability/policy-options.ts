import { formatNumber, type Language } from '@yektayar/ui'

/**
 * Choices offered for each booking rule, in minutes or days. Lists rather than free numbers:
 * nobody needs a 37-minute buffer, and a list cannot be filled in wrong. A saved value that is
 * not in the list (set before, or by support) is kept as an extra choice.
 */
export const SLOT_STEP_MINUTES = [15, 20, 30, 45, 50, 60, 90, 120]
export const BUFFER_MINUTES = [0, 5, 10, 15, 20, 30, 45, 60]
export const MIN_NOTICE_MINUTES = [0, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080]
export const HORIZON_DAYS = [7, 14, 21, 30, 45, 60, 90, 180, 365]

/** The list with the current value added in its place when it is not already there. */
export function choicesWith(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b)
}

type Unit = 'minute' | 'hour' | 'day'

function unitText(value: number, unit: Unit, language: Language): string {
  return formatNumber(value, language, { style: 'unit', unit, unitDisplay: 'long' })
}

/** "۱۵ دقیقه" / "15 minutes"; whole hours and days read as such ("2 hours", "3 days"). */
export function durationText(minutes: number, language: Language): string {
  if (minutes >= 1440 && minutes % 1440 === 0) return unitText(minutes / 1440, 'day', language)
  if (minutes >= 60 && minutes % 60 === 0) return unitText(minutes / 60, 'hour', language)
  return unitText(minutes, 'minute', language)
}

export function daysText(days: number, language: Language): string {
  return unitText(days, 'day', language)
}

/** Zones most of our psychologists work in, offered first; every zone follows. */
export const COMMON_TIME_ZONES = [
  'Asia/Tehran',
  'Europe/Istanbul',
  'Asia/Dubai',
  'Europe/Berlin',
  'Europe/London',
  'Europe/Paris',
  'Europe/Stockholm',
  'America/Toronto',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
]

/** Every zone this browser knows, with the saved one kept even if the browser lacks it. */
export function allTimeZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return zones.includes(current) ? zones : [current, ...zones]
}

/** "Asia/Tehran · وقت ایران": the id people search for, and the zone's name in their language. */
export function timeZoneLabel(zone: string, language: Language): string {
  try {
    const parts = new Intl.DateTimeFormat(language === 'fa' ? 'fa-IR' : 'en-US', {
      timeZone: zone,
      timeZoneName: 'longGeneric',
    }).formatToParts(new Date())
    const name = parts.find((part) => part.type === 'timeZoneName')?.value
    const id = zone.replaceAll('_', ' ')
    return name && name !== zone ? `${id} · ${name}` : id
  } catch {
    return zone
  }
}
