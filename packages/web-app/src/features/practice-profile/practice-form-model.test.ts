import { describe, expect, it } from 'vitest'
import { parseWholeNumber, tomanToRials } from './practice-form-model.ts'

describe('prices typed in toman', () => {
  it('reads Persian, Arabic-Indic and Western digits with any group separators', () => {
    expect(tomanToRials('۱٬۲۰۰٬۰۰۰')).toBe(12_000_000)
    expect(tomanToRials('١٢٠٠٠٠٠')).toBe(12_000_000)
    expect(tomanToRials(' 1,200,000 ')).toBe(12_000_000)
    expect(tomanToRials('0')).toBe(0)
  })

  it('refuses fractions, signs, words and nothing', () => {
    for (const typed of ['12.5', '-5', 'پانصد', '', '1e6']) expect(tomanToRials(typed)).toBeNull()
    expect(parseWholeNumber('۵۰')).toBe(50)
  })
})
