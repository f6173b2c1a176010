import { DateTime, IANAZone } from 'luxon'

export const MINUTE_MS = 60_000
export const DAY_MS = 24 * 60 * MINUTE_MS

/*
 * Wall-clock ↔ instant arithmetic on the slot computation's hot path. Luxon costs tens of
 * microseconds per zoned conversion, which made a 30-day availability query take ~10 ms; here a
 * day is a plain number (days since 1970-01-01 in the zone's calendar) and zone offsets come
 * from a cached Intl formatter. Every real offset and transition instant is a multiple of
 * 15 minutes, so an offset cached per 15-minute bucket of UTC is exact.
 */
const BUCKET_MS = 15 * MINUTE_MS
const MAX_CACHED_OFFSETS = 200_000
const formatters = new Map<string, Intl.DateTimeFormat>()
const offsets = new Map<string, Map<number, number>>()
let cachedOffsets = 0

/** Only real IANA zones: offsets like `+03:30` or abbreviations like `IRST` are refused. */
export function isValidTimeZone(zone: string): boolean {
  return zone.includes('/') || zone === 'UTC' ? IANAZone.isValidZone(zone) : false
}

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** The zone's UTC offset in milliseconds at an instant. */
export function offsetAt(zone: string, instant: number): number {
  const bucket = Math.floor(instant / BUCKET_MS) * BUCKET_MS
  let byBucket = offsets.get(zone)
  const cached = byBucket?.get(bucket)
  if (cached !== undefined) return cached
  const offset = computeOffset(zone, bucket)
  if (cachedOffsets >= MAX_CACHED_OFFSETS) {
    offsets.clear()
    cachedOffsets = 0
    byBucket = undefined
  }
  if (!byBucket) {
    byBucket = new Map()
    offsets.set(zone, byBucket)
  }
  byBucket.set(bucket, offset)
  cachedOffsets++
  return offset
}

function computeOffset(zone: string, instant: number): number {
  const parts: Record<string, number> = {}
  for (const part of formatterOf(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  )
  return wall - instant
}

/** The zone's calendar day (days since 1970-01-01) of an instant. */
export function dayNumberOf(instant: number, zone: string): number {
  return Math.floor((instant + offsetAt(zone, instant)) / DAY_MS)
}

export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in `zone`. */
export function localDateOf(instant: number, zone: string): string {
  return isoDateOfDay(dayNumberOf(instant, zone))
}

/** `HH:MM` or PostgreSQL's `HH:MM:SS` as minutes since local midnight (`24:00` → 1440). */
export function minutesOfDay(wallClock: string): number {
  const [hours = '0', minutes = '0'] = wallClock.split(':')
  return Number(hours) * 60 + Number(minutes)
}

export function formatWallClock(wallClock: string): string {
  return wallClock.slice(0, 5)
}

/**
 * The instant a local wall-clock time happens on `day` in `zone`. A time repeated by a DST
 * change resolves to its first occurrence; a time skipped by one moves forward by the gap
 * (02:30 on spring-forward night is 03:30), so a window is never lost, only shortened.
 */
export function localInstant(day: number, minutes: number, zone: string): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS
  const before = offsetAt(zone, wall - DAY_MS)
  const after = offsetAt(zone, wall + DAY_MS)
  if (before === after) return wall - before
  const early = wall - before
  const late = wall - after
  const earlyValid = offsetAt(zone, early) === before
  const lateValid = offsetAt(zone, late) === after
  if (earlyValid && lateValid) return Math.min(early, late)
  if (earlyValid) return early
  if (lateValid) return late
  return early
}

/** Local day numbers from the day of `from` to the day of `to`, both inclusive. */
export function localDays(from: number, to: number, zone: string): number[] {
  const days: number[] = []
  for (let day = dayNumberOf(from, zone); day <= dayNumberOf(to, zone); day++) days.push(day)
  return days
}

/**
 * A query bound: an instant with an offset, or a calendar date read in `zone` (its midnight;
 * `endOfDay` makes a `to` date inclusive by answering the next midnight).
 */
export function parseBound(value: string, zone: string, endOfDay: boolean): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone }).startOf('day')
    return (endOfDay ? day.plus({ days: 1 }).startOf('day') : day).toMillis()
  }
  // Instants always carry an offset (the contract requires it), which Date.parse reads exactly.
  return Date.parse(value)
}
