import { describe, expect, it } from 'vitest'
import { quietHoursEnd } from './quiet-hours.ts'

const night = { enabled: true, start: '22:00', end: '08:00' }
const end = (now: string, zone: string, quiet = night) =>
  quietHoursEnd(new Date(now), zone, quiet)?.toISOString() ?? null

describe('quiet hours in the person’s own zone', () => {
  it('holds from the start until the end, across midnight, in Tehran', () => {
    // Tehran is UTC+03:30 all year: 22:00 local is 18:30 UTC, 08:00 is 04:30 UTC.
    expect(end('2030-03-10T18:29:00Z', 'Asia/Tehran')).toBeNull()
    expect(end('2030-03-10T18:30:00Z', 'Asia/Tehran')).toBe('2030-03-11T04:30:00.000Z')
    expect(end('2030-03-10T23:00:00Z', 'Asia/Tehran')).toBe('2030-03-11T04:30:00.000Z')
    expect(end('2030-03-11T04:29:00Z', 'Asia/Tehran')).toBe('2030-03-11T04:30:00.000Z')
    expect(end('2030-03-11T04:30:00Z', 'Asia/Tehran')).toBeNull()
  })

  it('reads the same wall clock in Berlin, winter and summer', () => {
    expect(end('2030-01-15T21:30:00Z', 'Europe/Berlin')).toBe('2030-01-16T07:00:00.000Z')
    expect(end('2030-07-15T20:30:00Z', 'Europe/Berlin')).toBe('2030-07-16T06:00:00.000Z')
    expect(end('2030-07-15T19:59:00Z', 'Europe/Berlin')).toBeNull()
    // The night DST starts (31 March 2030, 02:00 → 03:00): 08:00 is already summer time.
    expect(end('2030-03-30T23:00:00Z', 'Europe/Berlin')).toBe('2030-03-31T06:00:00.000Z')
  })

  it('handles a window within one day, an empty or turned-off one, and an unknown zone', () => {
    const lunch = { enabled: true, start: '13:00', end: '14:00' }
    expect(end('2030-03-10T09:45:00Z', 'Asia/Tehran', lunch)).toBe('2030-03-10T10:30:00.000Z')
    expect(end('2030-03-10T10:30:00Z', 'Asia/Tehran', lunch)).toBeNull()
    expect(end('2030-03-10T23:00:00Z', 'Asia/Tehran', { ...night, enabled: false })).toBeNull()
    expect(end('2030-03-10T23:00:00Z', 'Asia/Tehran', { ...night, end: '22:00' })).toBeNull()
    expect(end('2030-03-10T23:00:00Z', 'Not/AZone')).toBe('2030-03-11T04:30:00.000Z')
  })
})
