/**
 * Solar Hijri (Jalali) calendar arithmetic on civil days (`YYYY-MM-DD`, Gregorian), with
 * nothing but Intl's Persian calendar: Node and every browser carry it. A Jalali year starts at
 * Nowruz (20–21 March); months 1–6 have 31 days, 7–11 have 30, and Esfand 29 or 30.
 */

export interface JalaliDate {
  year: number
  month: number
  day: number
}

const DAY_MS = 86_400_000
let format: Intl.DateTimeFormat | undefined

/** The Jalali date of a civil day. */
export function toJalali(day: string): JalaliDate {
  format ??= new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  })
  const parts = format.formatToParts(new Date(`${day}T12:00:00Z`))
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return { year: value('year'), month: value('month'), day: value('day') }
}

const civilDay = (epochDay: number) => new Date(epochDay * DAY_MS).toISOString().slice(0, 10)
const epochDayOf = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

/** The civil day of 1 Farvardin of a Jalali year (Nowruz falls between 19 and 22 March). */
export function jalaliYearStart(year: number): string {
  const march19 = epochDayOf(`${String(year + 621).padStart(4, '0')}-03-19`)
  for (let offset = 0; offset < 4; offset++) {
    const day = civilDay(march19 + offset)
    const jalali = toJalali(day)
    if (jalali.month === 1 && jalali.day === 1) return day
  }
  throw new RangeError(`no Nowruz found for ${year}`)
}

/** First and last civil day of a Jalali year, inclusive. */
export function jalaliYearRange(year: number): { from: string; to: string } {
  const next = epochDayOf(jalaliYearStart(year + 1))
  return { from: jalaliYearStart(year), to: civilDay(next - 1) }
}

/** The civil day of a Jalali date, or null when the date does not exist (31 Mehr, 30 Esfand…). */
export function fromJalali({ year, month, day }: JalaliDate): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null
  const offset = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30
  const result = civilDay(epochDayOf(jalaliYearStart(year)) + offset + day - 1)
  return toJalali(result).year === year ? result : null
}
