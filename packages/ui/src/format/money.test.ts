import { describe, expect, it } from 'vitest'
import { formatMoney, rialsToToman } from './money.ts'

describe('rialsToToman', () => {
  it('divides by ten and keeps bigint amounts exact', () => {
    expect(rialsToToman(12_000_000)).toBe(1_200_000)
    expect(rialsToToman('90071992547409930')).toBe(9007199254740993n)
    expect(rialsToToman(25n)).toBe(2.5)
  })
})

describe('formatMoney', () => {
  it('shows toman with Persian digits and separators in fa', () => {
    expect(formatMoney(12_000_000, 'fa')).toBe('۱٬۲۰۰٬۰۰۰ تومان')
  })

  it('shows toman with Western digits in en', () => {
    expect(formatMoney(12_000_000, 'en')).toBe('1,200,000 toman')
  })

  it('accepts a BIGINT amount sent as a string', () => {
    expect(formatMoney('3500000', 'en')).toBe('350,000 toman')
    expect(formatMoney(0, 'fa')).toBe('۰ تومان')
  })

  it('keeps a rial remainder as one decimal instead of hiding it', () => {
    expect(formatMoney(12_345, 'en')).toBe('1,234.5 toman')
  })
})
