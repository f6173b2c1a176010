import { describe, expect, it } from 'vitest'
import { idleStateOf, lastActivity, recordActivity, WARN_BEFORE_MS } from './idle-timer.ts'

const MINUTE = 60_000

describe('idle sign-out', () => {
  it('warns two minutes before the limit and expires at it', () => {
    const limit = 30 * MINUTE
    expect(idleStateOf(0, limit)).toBe('active')
    expect(idleStateOf(limit - WARN_BEFORE_MS - 1, limit)).toBe('active')
    expect(idleStateOf(limit - WARN_BEFORE_MS, limit)).toBe('warning')
    expect(idleStateOf(limit, limit)).toBe('expired')
  })

  it('warns for half of a limit shorter than the warning', () => {
    expect(idleStateOf(MINUTE, 3 * MINUTE)).toBe('active')
    expect(idleStateOf(1.5 * MINUTE, 3 * MINUTE)).toBe('warning')
  })

  it('shares the latest activity across tabs', () => {
    recordActivity(5000)
    expect(lastActivity(1000)).toBe(5000)
    expect(lastActivity(9000)).toBe(9000)
  })
})
