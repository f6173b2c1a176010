import { describe, expect, it } from 'vitest'
import { footerYear } from './footer-year.ts'

const persianYear = (date: Date) =>
  new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric' }).format(date)

describe('footerYear', () => {
  it('gives the Jalali year in Persian digits, as Intl would, before and after Nowruz', () => {
    for (const date of [
      new Date(2026, 0, 15),
      new Date(2026, 2, 19),
      new Date(2026, 2, 21),
      new Date(2026, 11, 31),
      new Date(2027, 5, 1),
    ]) {
      expect(footerYear('fa', date), date.toDateString()).toBe(persianYear(date))
    }
    expect(footerYear('fa', new Date(2026, 4, 1))).toBe('۱۴۰۵')
  })

  it('gives the Gregorian year in English', () => {
    expect(footerYear('en', new Date(2026, 2, 1))).toBe('2026')
  })
})
