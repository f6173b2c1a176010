import { describe, expect, it } from 'vitest'
import {
  type Attempts,
  afterFailure,
  FREE_TRIES,
  locksOnReturn,
  NO_ATTEMPTS,
  waitBeforeTrying,
} from './lock-policy.ts'

const failTimes = (count: number, now: number): Attempts => {
  let attempts = NO_ATTEMPTS
  for (let i = 0; i < count; i++) attempts = afterFailure(attempts, now)
  return attempts
}

describe('wrong PINs', () => {
  it('are free a few times, then each one waits twice as long, up to a cap', () => {
    expect(waitBeforeTrying(failTimes(FREE_TRIES - 1, 0), 0)).toBe(0)
    expect(waitBeforeTrying(failTimes(FREE_TRIES, 0), 0)).toBe(30_000)
    expect(waitBeforeTrying(failTimes(FREE_TRIES + 1, 0), 0)).toBe(60_000)
    expect(waitBeforeTrying(failTimes(FREE_TRIES + 20, 0), 0)).toBe(15 * 60_000)
    expect(waitBeforeTrying(failTimes(FREE_TRIES, 0), 30_000)).toBe(0)
  })
})

describe('coming back to the app', () => {
  const pinLock = (timeoutMs: number) =>
    ({ method: 'pin', pin: { salt: '', hash: '', iterations: 1 }, timeoutMs }) as const

  it('locks once away for the chosen time, and never while the lock is off', () => {
    expect(locksOnReturn(pinLock(60_000), 0, 59_999)).toBe(false)
    expect(locksOnReturn(pinLock(60_000), 0, 60_000)).toBe(true)
    expect(locksOnReturn(pinLock(0), 5, 5)).toBe(true)
    expect(locksOnReturn(null, 0, 10 * 60_000)).toBe(false)
  })
})
