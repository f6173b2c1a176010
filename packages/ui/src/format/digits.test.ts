import { describe, expect, it } from 'vitest'
import { formatNumber, localizeDigits, toLatinDigits } from './digits.ts'

describe('toLatinDigits', () => {
  it('converts Persian and Arabic-Indic digits and leaves everything else alone', () => {
    expect(toLatinDigits('۰۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('0912 345 6789')
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789')
    expect(toLatinDigits('a۱b٢c3@x.ir')).toBe('a1b2c3@x.ir')
  })
})

describe('localizeDigits', () => {
  it('shows Persian digits in fa', () => {
    expect(localizeDigits('123-٤٥6', 'fa')).toBe('۱۲۳-۴۵۶')
  })

  it('shows Western digits in en', () => {
    expect(localizeDigits('۱۲۳', 'en')).toBe('123')
  })
})

describe('formatNumber', () => {
  it('uses Persian digits and separators in fa', () => {
    expect(formatNumber(1234567, 'fa')).toBe('۱٬۲۳۴٬۵۶۷')
  })

  it('uses Western digits in en', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
  })

  it('writes small whole numbers exactly as Intl does, without it', () => {
    for (const value of [0, 1, 7, 42, 999]) {
      expect(formatNumber(value, 'fa')).toBe(new Intl.NumberFormat('fa-IR').format(value))
      expect(formatNumber(value, 'en')).toBe(new Intl.NumberFormat('en-US').format(value))
    }
    expect(formatNumber(1000, 'fa')).toBe('۱٬۰۰۰')
    expect(formatNumber(-3, 'en')).toBe('-3')
    expect(formatNumber(2.5, 'fa')).toBe(new Intl.NumberFormat('fa-IR').format(2.5))
  })

  it('passes Intl options through, e.g. rials without grouping', () => {
    expect(formatNumber(2500000n, 'fa', { useGrouping: false })).toBe('۲۵۰۰۰۰۰')
  })
})
