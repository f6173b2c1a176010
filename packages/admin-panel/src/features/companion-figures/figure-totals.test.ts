import { describe, expect, it } from 'vitest'
import { periodOf, totalsOf } from './figure-totals.ts'

const day = (date: string, messages: number, crises = 0) => ({
  day: date,
  messages,
  unavailable: 1,
  crises,
  concerns: 0,
  handoffs: 0,
  replaced: 0,
})

describe('figures', () => {
  it('adds up each count over the days', () => {
    expect(totalsOf([day('2026-03-19', 4), day('2026-03-20', 6, 2)])).toEqual({
      messages: 10,
      unavailable: 2,
      crises: 2,
      concerns: 0,
      handoffs: 0,
      replaced: 0,
    })
    expect(totalsOf([]).messages).toBe(0)
  })

  it('takes only an offered period from the address', () => {
    expect(periodOf(new URLSearchParams('days=7'))).toBe(7)
    expect(periodOf(new URLSearchParams('days=8'))).toBe(30)
    expect(periodOf(new URLSearchParams(''))).toBe(30)
  })
})
