import { describe, expect, it } from 'vitest'
import { rialsToTomanText, tomanToRials } from './toman-input.ts'

describe('toman input', () => {
  it('reads toman in any digits as rials', () => {
    expect(tomanToRials('۹۰۰٬۰۰۰')).toBe(9_000_000)
    expect(tomanToRials(' 1,500 ')).toBe(15_000)
    expect(tomanToRials('-5')).toBeNull()
    expect(tomanToRials('1.5')).toBeNull()
    expect(tomanToRials('')).toBeNull()
    expect(rialsToTomanText('9000000')).toBe('900000')
  })
})
