import { describe, expect, it } from 'vitest'
import { proofOf } from './second-factor.ts'

describe('proofOf', () => {
  it('reads six digits, Persian or not, as an app code', () => {
    expect(proofOf('۱۲۳ ۴۵۶')).toEqual({ totpCode: '123456' })
    expect(proofOf('654321')).toEqual({ totpCode: '654321' })
  })

  it('reads a longer entry as a recovery code and refuses a short one', () => {
    expect(proofOf(' abcde-12345 ')).toEqual({ recoveryCode: 'abcde-12345' })
    expect(proofOf('12345')).toBeNull()
  })
})
