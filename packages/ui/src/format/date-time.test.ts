import { describe, expect, it } from 'vitest'
import { dayKeyOf, formatDate, formatDateTime, formatDay, formatTime } from './date-time.ts'

// 20 March 2026, 12:00 UTC: 15:30 in Tehran, the last day (29 Esfand) of 1404.
const NOON_UTC = '2026-03-20T12:00:00Z'
// 21:00 UTC is already 00:30 on 1 Farvardin 1405 in Tehran.
const LATE_UTC = '2026-03-20T21:00:00Z'

describe('formatDate', () => {
  it('uses the Jalali calendar and Persian digits in fa, Tehran time by default', () => {
    expect(formatDate(NOON_UTC, 'fa')).toBe('جمعه ۲۹ اسفند ۱۴۰۴')
    expect(formatDate(LATE_UTC, 'fa')).toBe('شنبه ۱ فروردین ۱۴۰۵')
  })

  it('uses the Gregorian calendar in en', () => {
    expect(formatDate(NOON_UTC, 'en')).toBe('Friday, March 20, 2026')
  })

  it('follows the zone it is given', () => {
    expect(formatDate(LATE_UTC, 'fa', { timeZone: 'Europe/London' })).toBe('جمعه ۲۹ اسفند ۱۴۰۴')
    expect(formatDate(LATE_UTC, 'en', { timeZone: 'America/Toronto', style: 'long' })).toBe(
      'March 20, 2026',
    )
  })

  it('has month-year and numeric styles', () => {
    expect(formatDate(LATE_UTC, 'fa', { style: 'monthYear' })).toBe('فروردین ۱۴۰۵')
    expect(formatDate(LATE_UTC, 'fa', { style: 'numeric' })).toBe('۱۴۰۵/۰۱/۰۱')
    expect(formatDate(NOON_UTC, 'en', { style: 'monthYear' })).toBe('March 2026')
  })
})

describe('formatTime and formatDateTime', () => {
  it('shows 24-hour Persian digits in fa and 12-hour time in en', () => {
    expect(formatTime(NOON_UTC, 'fa')).toBe('۱۵:۳۰')
    expect(formatTime(NOON_UTC, 'en')).toBe('3:30 PM')
    expect(formatTime(NOON_UTC, 'en', 'UTC')).toBe('12:00 PM')
  })

  it('joins date and time the way each language does', () => {
    expect(formatDateTime(NOON_UTC, 'fa')).toBe('جمعه ۲۹ اسفند ۱۴۰۴، ساعت ۱۵:۳۰')
    expect(formatDateTime(NOON_UTC, 'en')).toBe('Friday, March 20, 2026 at 3:30 PM')
  })
})

describe('day keys', () => {
  it('names the civil day an instant falls on in a zone', () => {
    expect(dayKeyOf(LATE_UTC)).toBe('2026-03-21')
    expect(dayKeyOf(LATE_UTC, 'UTC')).toBe('2026-03-20')
  })

  it('formats a civil day without shifting it by any zone', () => {
    expect(formatDay('2026-03-21', 'fa')).toBe('شنبه ۱ فروردین ۱۴۰۵')
    expect(formatDay('2026-03-21', 'en', 'dayMonth')).toBe('March 21')
  })
})
