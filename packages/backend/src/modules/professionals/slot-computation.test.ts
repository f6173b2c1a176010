import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { parseBound } from './local-time.ts'
import {
  checkSlot,
  computeFreeSlots,
  type Schedule,
  type SchedulePolicy,
} from './slot-computation.ts'

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()
const NOW = at('2027-01-01T00:00:00Z')

function schedule(policy: Partial<SchedulePolicy>, parts: Partial<Schedule> = {}): Schedule {
  return {
    policy: {
      timeZone: 'Asia/Tehran',
      minNoticeMinutes: 0,
      bookingHorizonDays: 365,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      slotStepMinutes: 60,
      blockHolidays: false,
      ...policy,
    },
    rules: [],
    overrides: [],
    holidays: new Set(),
    busy: [],
    ...parts,
  }
}

function slotsOf(s: Schedule, from: string, to: string, durationMinutes = 60, now = NOW) {
  return computeFreeSlots(s, { from: at(from), to: at(to), durationMinutes, now }).map((slot) =>
    iso(slot.start),
  )
}

describe('free slots across time zones and DST', () => {
  it('places Tehran hours at +03:30 all year (no DST since 2022)', () => {
    const s = schedule({}, { rules: [{ weekday: 1, start: '09:00', end: '11:00' }] })
    expect(slotsOf(s, '2027-03-22T00:00:00Z', '2027-03-23T00:00:00Z')).toEqual([
      '2027-03-22T05:30:00.000Z',
      '2027-03-22T06:30:00.000Z',
    ])
    expect(slotsOf(s, '2027-09-20T00:00:00Z', '2027-09-21T00:00:00Z')).toEqual([
      '2027-09-20T05:30:00.000Z',
      '2027-09-20T06:30:00.000Z',
    ])
  })

  it('shows a Berlin psychologist to a Toronto patient correctly through both DST changes', () => {
    const s = schedule(
      { timeZone: 'Europe/Berlin' },
      { rules: [{ weekday: 1, start: '09:00', end: '10:00' }] },
    )
    // The patient asks for four Mondays as Toronto calendar dates.
    const from = parseBound('2027-03-08', 'America/Toronto', false)
    const to = parseBound('2027-03-29', 'America/Toronto', true)
    const slots = computeFreeSlots(s, { from, to, durationMinutes: 60, now: NOW })
    expect(slots.map((slot) => iso(slot.start))).toEqual([
      '2027-03-08T08:00:00.000Z', // Berlin CET, Toronto EST
      '2027-03-15T08:00:00.000Z', // Toronto moved to EDT on 14 March
      '2027-03-22T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z', // Berlin moved to CEST on 28 March
    ])
    const inToronto = slots.map((slot) =>
      DateTime.fromMillis(slot.start, { zone: 'America/Toronto' }).toFormat('HH:mm'),
    )
    expect(inToronto).toEqual(['03:00', '04:00', '04:00', '03:00'])
    const inBerlin = slots.map((slot) =>
      DateTime.fromMillis(slot.start, { zone: 'Europe/Berlin' }).toFormat('HH:mm'),
    )
    expect(new Set(inBerlin)).toEqual(new Set(['09:00']))
  })

  it('skips the missing hour of spring-forward night', () => {
    const s = schedule(
      { timeZone: 'Europe/Berlin' },
      { rules: [{ weekday: 7, start: '01:00', end: '05:00' }] },
    )
    const slots = slotsOf(s, '2027-03-27T12:00:00Z', '2027-03-28T12:00:00Z')
    expect(slots).toEqual([
      '2027-03-28T00:00:00.000Z', // 01:00 CET
      '2027-03-28T01:00:00.000Z', // 03:00 CEST: 02:00 never happens
      '2027-03-28T02:00:00.000Z', // 04:00 CEST
    ])
  })

  it('offers the repeated hour of fall-back night once per real hour', () => {
    const s = schedule(
      { timeZone: 'Europe/Berlin' },
      { rules: [{ weekday: 7, start: '01:00', end: '04:00' }] },
    )
    const slots = slotsOf(s, '2027-10-30T12:00:00Z', '2027-10-31T12:00:00Z')
    expect(slots).toEqual([
      '2027-10-30T23:00:00.000Z', // 01:00 CEST
      '2027-10-31T00:00:00.000Z', // 02:00 CEST
      '2027-10-31T01:00:00.000Z', // 02:00 CET, the second time
      '2027-10-31T02:00:00.000Z', // 03:00 CET
    ])
  })
})

describe('free slots and the booking policy', () => {
  const monday = { weekday: 1, start: '09:00', end: '13:00' }
  const day = ['2027-03-22T00:00:00Z', '2027-03-23T00:00:00Z'] as const

  it('keeps buffers around existing bookings', () => {
    const s = schedule(
      { bufferAfterMinutes: 10 },
      {
        rules: [monday],
        busy: [{ start: at('2027-03-22T06:30:00Z'), end: at('2027-03-22T07:30:00Z') }],
      },
    )
    expect(slotsOf(s, ...day, 50)).toEqual([
      '2027-03-22T05:30:00.000Z',
      '2027-03-22T07:30:00.000Z',
      '2027-03-22T08:30:00.000Z',
    ])
  })

  it('honours minimum notice and the booking horizon', () => {
    const s = schedule({ minNoticeMinutes: 120, bookingHorizonDays: 1 }, { rules: [monday] })
    const now = at('2027-03-22T04:00:00Z')
    expect(slotsOf(s, ...day, 60, now)).toEqual([
      '2027-03-22T06:30:00.000Z',
      '2027-03-22T07:30:00.000Z',
      '2027-03-22T08:30:00.000Z',
    ])
    expect(slotsOf(s, '2027-03-29T00:00:00Z', '2027-03-30T00:00:00Z', 60, now)).toEqual([])
  })

  it('blocks opted-in holidays unless extra hours were added that day', () => {
    const holidays = new Set(['2027-03-22'])
    const blocked = schedule({ blockHolidays: true }, { rules: [monday], holidays })
    expect(slotsOf(blocked, ...day)).toEqual([])
    const optedOut = schedule({ blockHolidays: false }, { rules: [monday], holidays })
    expect(slotsOf(optedOut, ...day)).toHaveLength(4)
    const extra = schedule(
      { blockHolidays: true },
      {
        rules: [monday],
        holidays,
        overrides: [{ date: '2027-03-22', kind: 'available', start: '17:00', end: '18:00' }],
      },
    )
    expect(slotsOf(extra, ...day)).toEqual(['2027-03-22T13:30:00.000Z'])
  })

  it('applies days off and hours off', () => {
    const dayOff = schedule(
      {},
      {
        rules: [monday],
        overrides: [{ date: '2027-03-22', kind: 'unavailable', start: null, end: null }],
      },
    )
    expect(slotsOf(dayOff, ...day)).toEqual([])
    const hoursOff = schedule(
      {},
      {
        rules: [monday],
        overrides: [{ date: '2027-03-22', kind: 'unavailable', start: '10:30', end: '11:00' }],
      },
    )
    // 10:00–11:00 local touches the hours off; 09:00, 11:00 and 12:00 stay.
    expect(slotsOf(hoursOff, ...day)).toEqual([
      '2027-03-22T05:30:00.000Z',
      '2027-03-22T07:30:00.000Z',
      '2027-03-22T08:30:00.000Z',
    ])
  })
})

describe('slots across midnight', () => {
  const evening = (weekday: number) => ({ weekday, start: '20:00', end: '24:00' })
  const night = (weekday: number) => ({ weekday, start: '00:00', end: '02:00' })
  const start = '2027-03-22T20:00:00Z' // Monday 23:30 in Tehran
  const check = (s: Schedule) => checkSlot(s, { start: at(start), durationMinutes: 60, now: NOW })

  it('runs on into hours that open at midnight the next day', () => {
    const s = schedule({ slotStepMinutes: 30 }, { rules: [evening(1), night(2)] })
    expect(check(s)).toBeNull()
    expect(slotsOf(s, '2027-03-22T19:00:00Z', '2027-03-22T21:00:00Z')).toContain(
      '2027-03-22T20:00:00.000Z',
    )
  })

  it('never runs into a next day without hours, taken off, or a blocked holiday', () => {
    const rules = [evening(1), night(2)]
    expect(check(schedule({ slotStepMinutes: 30 }, { rules: [evening(1)] }))).toBe('unavailable')
    const dayOff = { date: '2027-03-23', kind: 'unavailable' as const, start: null, end: null }
    expect(check(schedule({ slotStepMinutes: 30 }, { rules, overrides: [dayOff] }))).toBe(
      'unavailable',
    )
    const holiday = schedule(
      { slotStepMinutes: 30, blockHolidays: true },
      { rules, holidays: new Set(['2027-03-23']) },
    )
    expect(check(holiday)).toBe('holiday')
  })
})

describe('checking one slot', () => {
  const s = schedule(
    { minNoticeMinutes: 60, bookingHorizonDays: 30, blockHolidays: true },
    {
      rules: [{ weekday: 1, start: '09:00', end: '13:00' }],
      holidays: new Set(['2027-01-11']),
      busy: [{ start: at('2027-01-04T06:30:00Z'), end: at('2027-01-04T07:30:00Z') }],
    },
  )
  const cases: [string, string, ReturnType<typeof checkSlot>][] = [
    ['a past instant', '2026-12-28T05:30:00Z', 'past'],
    ['inside minimum notice', '2027-01-01T00:30:00Z', 'too_soon'],
    ['beyond the horizon', '2027-02-08T05:30:00Z', 'too_far'],
    ['a blocked holiday', '2027-01-11T05:30:00Z', 'holiday'],
    ['off the grid', '2027-01-04T05:45:00Z', 'unavailable'],
    ['outside working hours', '2027-01-05T05:30:00Z', 'unavailable'],
    ['a booked slot', '2027-01-04T06:30:00Z', 'taken'],
    ['a free slot', '2027-01-04T05:30:00Z', null],
  ]
  it.each(cases)('%s', (_label, start, expected) => {
    expect(checkSlot(s, { start: at(start), durationMinutes: 60, now: NOW })).toBe(expected)
  })
})
