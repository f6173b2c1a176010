import { describe, expect, it } from 'vitest'
import { type CancellationInput, decideCancellation } from './cancel-policy.ts'

const startsAt = new Date('2027-01-10T10:00:00Z')
const base: CancellationInput = {
  status: 'confirmed',
  actor: 'patient',
  startsAt,
  priceIrr: 12_000_000,
  now: new Date('2027-01-09T09:59:00Z'),
  freeCancelHours: 24,
}

describe('cancel policy', () => {
  it('lets a patient cancel a paid appointment free of charge until 24 h before', () => {
    expect(decideCancellation(base)).toEqual({ allowed: true, refundable: true })
  })

  it('refuses a patient inside the window', () => {
    const late = { ...base, now: new Date('2027-01-09T10:01:00Z') }
    expect(decideCancellation(late)).toEqual({ allowed: false, code: 'CANCEL_WINDOW_PASSED' })
  })

  it('follows the configured window', () => {
    const late = { ...base, now: new Date('2027-01-10T08:00:00Z'), freeCancelHours: 1 }
    expect(decideCancellation(late)).toEqual({ allowed: true, refundable: true })
  })

  it('lets psychologists and admins cancel at any time, refundably', () => {
    const now = new Date('2027-01-10T09:59:00Z')
    for (const actor of ['psychologist', 'admin'] as const) {
      expect(decideCancellation({ ...base, actor, now })).toEqual({
        allowed: true,
        refundable: true,
      })
    }
  })

  it('always lets a pending hold go, with nothing to refund', () => {
    const now = new Date('2027-01-10T09:00:00Z')
    expect(decideCancellation({ ...base, status: 'pending', now })).toEqual({
      allowed: true,
      refundable: false,
    })
  })

  it('has nothing to refund for a free session', () => {
    expect(decideCancellation({ ...base, priceIrr: 0 })).toEqual({
      allowed: true,
      refundable: false,
    })
  })
})
