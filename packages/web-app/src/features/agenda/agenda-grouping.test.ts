import type { AppointmentView } from '@yektayar/shared'
import { describe, expect, it } from 'vitest'
import {
  fetchWindow,
  groupByDay,
  parseDay,
  shiftAnchor,
  visibleDays,
  weekStartOf,
} from './agenda-grouping.ts'

function appointment(id: string, startsAt: string): AppointmentView {
  return {
    id,
    status: 'confirmed',
    patient: { id: 'p', name: { fa: 'سارا', en: 'Sara' }, avatarUrl: null },
    psychologist: { id: 'd', name: { fa: 'مریم', en: 'Maryam' }, avatarUrl: null },
    sessionTypeId: null,
    mode: 'video',
    startsAt,
    endsAt: startsAt,
    durationMinutes: 50,
    priceIrr: 0,
    holdExpiresAt: null,
    joinUrl: null,
    joinOpensAt: null,
    cancelReason: null,
    cancelledBy: null,
    cancelledAt: null,
    outcomeRecordedAt: null,
    createdAt: startsAt,
  }
}

describe('agenda weeks', () => {
  // 2026-03-18 is a Wednesday.
  it('starts the Iranian week on Saturday and the en-US week on Sunday', () => {
    expect(weekStartOf('2026-03-18', 6)).toBe('2026-03-14')
    expect(weekStartOf('2026-03-18', 0)).toBe('2026-03-15')
    expect(weekStartOf('2026-03-14', 6)).toBe('2026-03-14')
    expect(weekStartOf('2026-03-13', 6)).toBe('2026-03-07')
  })

  it('shows one day or the seven days of the anchor’s week, across a month end', () => {
    expect(visibleDays('day', '2026-03-18', 6)).toEqual(['2026-03-18'])
    expect(visibleDays('week', '2026-03-31', 6)).toEqual([
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
    ])
  })

  it('moves a day in the day view and a week in the week view', () => {
    expect(shiftAnchor('day', '2026-03-20', 1)).toBe('2026-03-21')
    expect(shiftAnchor('day', '2026-03-01', -1)).toBe('2026-02-28')
    expect(shiftAnchor('week', '2026-03-18', 1)).toBe('2026-03-25')
    expect(shiftAnchor('week', '2026-03-18', -1)).toBe('2026-03-11')
  })

  it('asks the API for a window that covers the days in every zone', () => {
    expect(fetchWindow(['2026-03-14', '2026-03-20'])).toEqual({
      from: '2026-03-13T00:00:00Z',
      to: '2026-03-22T00:00:00Z',
    })
  })
})

describe('groupByDay', () => {
  const days = visibleDays('week', '2026-03-18', 6)

  it('puts each appointment on its civil day in the reader’s zone, earliest first', () => {
    const late = appointment('late', '2026-03-17T21:00:00Z') // 00:30 on the 18th in Tehran
    const morning = appointment('morning', '2026-03-18T05:30:00Z') // 09:00 on the 18th
    const evening = appointment('evening', '2026-03-17T14:30:00Z') // 18:00 on the 17th
    const groups = groupByDay([morning, late, evening], days, 'Asia/Tehran')
    expect(groups.map((group) => group.day)).toEqual(days)
    const byDay = Object.fromEntries(
      groups.map((group) => [group.day, group.appointments.map((a) => a.id)]),
    )
    expect(byDay['2026-03-17']).toEqual(['evening'])
    expect(byDay['2026-03-18']).toEqual(['late', 'morning'])
    expect(byDay['2026-03-14']).toEqual([])
  })

  it('reads the day in the given zone: the same instant is the 17th in Toronto', () => {
    const late = appointment('late', '2026-03-17T21:00:00Z')
    const groups = groupByDay([late], days, 'America/Toronto')
    expect(groups.find((group) => group.day === '2026-03-17')?.appointments).toHaveLength(1)
    expect(groups.find((group) => group.day === '2026-03-18')?.appointments).toHaveLength(0)
  })

  it('leaves out appointments outside the visible days (the window is wider)', () => {
    const before = appointment('before', '2026-03-13T10:00:00Z')
    const after = appointment('after', '2026-03-21T10:00:00Z')
    const total = groupByDay([before, after], days, 'Asia/Tehran').flatMap((g) => g.appointments)
    expect(total).toEqual([])
  })
})

describe('parseDay', () => {
  it('accepts real calendar days only', () => {
    expect(parseDay('2026-03-18')).toBe('2026-03-18')
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('18-03-2026')).toBeNull()
    expect(parseDay(null)).toBeNull()
  })
})
