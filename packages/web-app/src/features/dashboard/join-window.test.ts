import type { AppointmentView } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import { joinLinkAt } from './join-window.ts'

const appointment = {
  status: 'confirmed',
  startsAt: '2026-03-03T06:30:00.000Z',
  endsAt: '2026-03-03T07:20:00.000Z',
  joinOpensAt: '2026-03-03T06:20:00.000Z',
  joinUrl: 'https://meet.example/room',
} as AppointmentView

describe('joinLinkAt', () => {
  it('gives the room from 10 minutes before the start until the end', () => {
    expect(joinLinkAt(appointment, Date.parse('2026-03-03T06:19:59Z'))).toBeNull()
    expect(joinLinkAt(appointment, Date.parse('2026-03-03T06:20:00Z'))).toBe(
      'https://meet.example/room',
    )
    expect(joinLinkAt(appointment, Date.parse('2026-03-03T07:19:59Z'))).toBe(
      'https://meet.example/room',
    )
    expect(joinLinkAt(appointment, Date.parse('2026-03-03T07:20:00Z'))).toBeNull()
  })

  it('never for a pending appointment or one without a room', () => {
    const now = Date.parse('2026-03-03T06:40:00Z')
    expect(joinLinkAt({ ...appointment, status: 'pending' }, now)).toBeNull()
    expect(joinLinkAt({ ...appointment, joinUrl: null }, now)).toBeNull()
  })
})
