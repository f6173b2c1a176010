import { describe, expect, it } from 'vitest'
import { planReminders, reminderId } from './reminder-plan.ts'

const NOW = new Date('2026-12-07T10:00:00Z')
const confirmed = (id: string, startsAt: string) => ({ id, startsAt, status: 'confirmed' })

describe('planReminders', () => {
  it('reminds a day and an hour before each confirmed appointment, while still ahead', () => {
    const plan = planReminders(
      [
        confirmed('far', '2026-12-09T10:00:00Z'),
        confirmed('tonight', '2026-12-07T18:00:00Z'),
        { id: 'pending', startsAt: '2026-12-09T10:00:00Z', status: 'pending' },
        { id: 'cancelled', startsAt: '2026-12-09T10:00:00Z', status: 'cancelled' },
      ],
      NOW,
    )
    expect(plan.map(({ appointmentId, at }) => [appointmentId, at.toISOString()])).toEqual([
      ['far', '2026-12-08T10:00:00.000Z'],
      ['far', '2026-12-09T09:00:00.000Z'],
      // A day before is already past: only the hour before.
      ['tonight', '2026-12-07T17:00:00.000Z'],
    ])
  })

  it('gives each reminder a stable positive 32-bit id that changes when the appointment moves', () => {
    const id = reminderId('a', '2026-12-09T10:00:00Z', 60)
    expect(id).toBe(reminderId('a', '2026-12-09T10:00:00.000Z', 60))
    expect(id).toBeGreaterThan(0)
    expect(id).toBeLessThanOrEqual(0x7fffffff)
    expect(reminderId('a', '2026-12-09T11:00:00Z', 60)).not.toBe(id)
    expect(reminderId('a', '2026-12-09T10:00:00Z', 1440)).not.toBe(id)
  })
})
