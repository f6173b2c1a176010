import { describe, expect, it } from 'vitest'
import type { AppointmentRow } from './appointment.repository.ts'
import { planReminders } from './appointment-reminders.ts'
import type { CareDeps } from './care-deps.ts'

const depsWith = (reminderMinutesBefore: number[]) =>
  ({ care: { reminderMinutesBefore } }) as unknown as CareDeps
const row = {
  id: '00000000-0000-4000-8000-000000000001',
  scheduledAt: new Date('2026-12-08T05:30:00.000Z'),
} as AppointmentRow

describe('planReminders', () => {
  it('plans one job per configured offset, each due that many minutes before the start', () => {
    const planned = planReminders(depsWith([2880, 30]), row, new Date('2026-12-01T00:00:00Z'))
    expect(planned.map((p) => [p.data.minutesBefore, p.startAfter.toISOString()])).toEqual([
      [2880, '2026-12-06T05:30:00.000Z'],
      [30, '2026-12-08T05:00:00.000Z'],
    ])
    expect(new Set(planned.map((p) => p.id)).size).toBe(2)
    for (const p of planned) expect(p.data.startsAt).toBe('2026-12-08T05:30:00.000Z')
  })

  it('skips reminders whose time has passed (an appointment booked for soon)', () => {
    const now = new Date('2026-12-08T04:00:00Z')
    expect(planReminders(depsWith([1440, 60]), row, now).map((p) => p.data.minutesBefore)).toEqual([
      60,
    ])
    expect(planReminders(depsWith([1440, 60]), row, new Date('2026-12-08T04:30:00Z'))).toEqual([])
  })
})
