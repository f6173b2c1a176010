import { describe, expect, it } from 'vitest'
import { refundIrrOf } from './refund-choice.ts'

describe('refund choice', () => {
  it('means the whole refundable, none, or a partial amount within it', () => {
    expect(refundIrrOf({ kind: 'full', toman: '' }, 18_000_000)).toBe(18_000_000)
    expect(refundIrrOf({ kind: 'none', toman: '5' }, 18_000_000)).toBe(0)
    expect(refundIrrOf({ kind: 'partial', toman: '۹۰۰٬۰۰۰' }, 18_000_000)).toBe(9_000_000)
    expect(refundIrrOf({ kind: 'partial', toman: '1800001' }, 18_000_000)).toBeNull()
    expect(refundIrrOf({ kind: 'partial', toman: '0' }, 18_000_000)).toBeNull()
  })
})
