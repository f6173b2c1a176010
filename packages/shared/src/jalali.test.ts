import { describe, expect, it } from 'vitest'
import { fromJalali, jalaliYearRange, jalaliYearStart, toJalali } from './jalali.ts'

describe('Jalali days', () => {
  it('finds Nowruz of each year', () => {
    expect(jalaliYearStart(1405)).toBe('2026-03-21')
    expect(jalaliYearStart(1406)).toBe('2027-03-21')
    expect(jalaliYearStart(1407)).toBe('2028-03-20')
    expect(jalaliYearRange(1406)).toEqual({ from: '2027-03-21', to: '2028-03-19' })
  })

  it('converts both ways and refuses days that do not exist', () => {
    expect(toJalali('2027-02-11')).toEqual({ year: 1405, month: 11, day: 22 })
    expect(fromJalali({ year: 1405, month: 11, day: 22 })).toBe('2027-02-11')
    expect(fromJalali({ year: 1405, month: 3, day: 14 })).toBe('2026-06-04')
    expect(fromJalali({ year: 1405, month: 7, day: 31 })).toBeNull()
    expect(fromJalali({ year: 1405, month: 13, day: 1 })).toBeNull()
    // 1403 was a leap year in Iran's calendar; 1404 is not.
    expect(fromJalali({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20')
    expect(fromJalali({ year: 1404, month: 12, day: 30 })).toBeNull()
  })
})
