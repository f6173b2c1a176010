import { describe, expect, it } from 'vitest'
import { wallTimeToInstant } from './send-time.ts'

describe('wallTimeToInstant', () => {
  it('reads the wall time in the given zone, not the browser’s', () => {
    // Tehran has been UTC+3:30 all year since 2022.
    expect(wallTimeToInstant('2026-03-20T15:30', 'Asia/Tehran')?.toISOString()).toBe(
      '2026-03-20T12:00:00.000Z',
    )
    expect(wallTimeToInstant('2026-03-20T15:30', 'UTC')?.toISOString()).toBe(
      '2026-03-20T15:30:00.000Z',
    )
  })

  it('follows a daylight-saving change', () => {
    expect(wallTimeToInstant('2026-07-01T09:00', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    )
    expect(wallTimeToInstant('2026-01-01T09:00', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-01-01T08:00:00.000Z',
    )
  })

  it('answers null for anything that is not a wall time', () => {
    expect(wallTimeToInstant('', 'Asia/Tehran')).toBeNull()
    expect(wallTimeToInstant('tomorrow', 'Asia/Tehran')).toBeNull()
  })
})
