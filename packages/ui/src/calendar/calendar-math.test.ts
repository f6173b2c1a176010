import { describe, expect, it } from 'vitest'
import { dayAfterKey, sameDayInMonth } from './calendar-keys.ts'
import {
  calendarDate,
  daysOfMonth,
  firstDayOfMonth,
  monthWeeks,
  shiftMonth,
} from './calendar-math.ts'

describe('Jalali months', () => {
  it('finds the first day of every month of several years', () => {
    for (const year of [1399, 1403, 1404, 1405, 1420]) {
      for (let month = 1; month <= 12; month++) {
        const first = firstDayOfMonth({ year, month }, 'persian')
        expect(calendarDate(first, 'persian')).toEqual({ year, month, day: 1 })
      }
    }
    expect(firstDayOfMonth({ year: 1405, month: 1 }, 'persian')).toBe('2026-03-21')
  })

  it('knows month lengths, leap Esfand included', () => {
    expect(daysOfMonth({ year: 1405, month: 1 }, 'persian')).toHaveLength(31)
    expect(daysOfMonth({ year: 1405, month: 7 }, 'persian')).toHaveLength(30)
    expect(daysOfMonth({ year: 1403, month: 12 }, 'persian')).toHaveLength(30)
    expect(daysOfMonth({ year: 1404, month: 12 }, 'persian')).toHaveLength(29)
  })

  it('lays a month out in Saturday-first weeks', () => {
    // 1 Farvardin 1405 is a Saturday: no blank cells before it.
    const weeks = monthWeeks({ year: 1405, month: 1 }, 'persian', 6)
    expect(weeks[0]?.[0]).toBe('2026-03-21')
    expect(weeks.every((week) => week.length === 7)).toBe(true)
    expect(weeks.flat().filter(Boolean)).toHaveLength(31)
  })

  it('wraps months across years', () => {
    expect(shiftMonth({ year: 1404, month: 12 }, 1)).toEqual({ year: 1405, month: 1 })
    expect(shiftMonth({ year: 1405, month: 1 }, -1)).toEqual({ year: 1404, month: 12 })
  })
})

describe('Gregorian months', () => {
  it('lays February 2026 out in Sunday-first weeks', () => {
    const weeks = monthWeeks({ year: 2026, month: 2 }, 'gregory', 0)
    expect(weeks[0]?.[0]).toBe('2026-02-01')
    expect(weeks.flat().filter(Boolean)).toHaveLength(28)
  })

  it('pads a Monday-first week before the first day', () => {
    // 1 February 2026 is a Sunday, the last column of a Monday-first week.
    expect(monthWeeks({ year: 2026, month: 2 }, 'gregory', 1)[0]?.slice(5)).toEqual([
      null,
      '2026-02-01',
    ])
  })
})

describe('dayAfterKey', () => {
  const persian = { weekStart: 6, system: 'persian' } as const

  it('moves with the screen: right goes back in time when right-to-left', () => {
    expect(dayAfterKey('ArrowRight', '2026-03-24', { ...persian, rtl: true })).toBe('2026-03-23')
    expect(dayAfterKey('ArrowLeft', '2026-03-24', { ...persian, rtl: true })).toBe('2026-03-25')
    expect(dayAfterKey('ArrowRight', '2026-03-24', { ...persian, rtl: false })).toBe('2026-03-25')
  })

  it('moves by weeks, to the ends of the week, and by months', () => {
    const rtl = { ...persian, rtl: true }
    expect(dayAfterKey('ArrowDown', '2026-03-24', rtl)).toBe('2026-03-31')
    expect(dayAfterKey('ArrowUp', '2026-03-24', rtl)).toBe('2026-03-17')
    // 24 March 2026 is a Tuesday; that Saturday-first week runs 21–27 March.
    expect(dayAfterKey('Home', '2026-03-24', rtl)).toBe('2026-03-21')
    expect(dayAfterKey('End', '2026-03-24', rtl)).toBe('2026-03-27')
    expect(dayAfterKey('PageDown', '2026-03-24', rtl)).toBe('2026-04-24')
    expect(dayAfterKey('Tab', '2026-03-24', rtl)).toBeNull()
  })

  it('keeps the day number a month away, or the shorter month’s last day', () => {
    // 31 Shahrivar 1405 → Mehr has 30 days.
    const lastOfShahrivar = firstDayOfMonth({ year: 1405, month: 7 }, 'persian')
    const back = sameDayInMonth(lastOfShahrivar, -1, 'persian')
    expect(calendarDate(back, 'persian')).toEqual({ year: 1405, month: 6, day: 1 })
    const fromDay31 = daysOfMonth({ year: 1405, month: 6 }, 'persian')[30] ?? ''
    expect(calendarDate(sameDayInMonth(fromDay31, 1, 'persian'), 'persian')).toEqual({
      year: 1405,
      month: 7,
      day: 30,
    })
  })
})
