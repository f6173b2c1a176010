import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('booking an appointment', () => {
  let t: TestApp
  let patient: SignedInUser
  let psy: TestPsychologist
  let priced: string
  let free: string

  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t, {
      minNoticeMinutes: 120,
      bookingHorizonDays: 30,
      bufferAfterMinutes: 0,
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 15_000_000 },
        { durationMinutes: 30, mode: 'phone', priceIrr: 0 },
      ],
    })
    ;[priced = '', free = ''] = psy.sessionTypeIds
  })
  afterAll(() => t.close())

  const book = (user: SignedInUser, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/appointments', headers: user.headers, payload })

  it('holds a priced slot for 15 minutes at the session type’s price', async () => {
    const startsAt = hourFromNow(24)
    const before = Date.now()
    const response = await book(patient, {
      psychologistId: psy.id,
      sessionTypeId: priced,
      startsAt,
    })
    expect(response.statusCode).toBe(201)
    const body = response.json()
    expect(body).toMatchObject({ status: 'pending', priceIrr: 15_000_000, startsAt, mode: 'video' })
    expect(body.patient.id).toBe(patient.id)
    const hold = Date.parse(body.holdExpiresAt) - before
    expect(hold).toBeGreaterThan(14 * 60_000)
    expect(hold).toBeLessThanOrEqual(15 * 60_000 + 5_000)
    expect(body.joinUrl).toBeNull()
  })

  it('confirms a free session on booking', async () => {
    const startsAt = hourFromNow(30)
    const response = await book(patient, { psychologistId: psy.id, sessionTypeId: free, startsAt })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({ status: 'confirmed', priceIrr: 0, holdExpiresAt: null })
  })

  it('never takes the amount, status or patient from the client', async () => {
    const startsAt = hourFromNow(40)
    const base = { psychologistId: psy.id, sessionTypeId: priced, startsAt }
    for (const extra of [{ priceIrr: 1 }, { status: 'confirmed' }, { patientId: psy.id }]) {
      const response = await book(patient, { ...base, ...extra })
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('VALIDATION_FAILED')
    }
  })

  it('refuses the past, inside minimum notice, beyond the horizon and off the grid', async () => {
    const cases: [string, string][] = [
      [hourFromNow(-5), 'BOOKING_IN_PAST'],
      [hourFromNow(0), 'BOOKING_TOO_SOON'],
      [hourFromNow(24 * 31), 'BOOKING_TOO_FAR'],
      [new Date(Date.parse(hourFromNow(50)) + 15 * 60_000).toISOString(), 'SLOT_UNAVAILABLE'],
    ]
    for (const [startsAt, code] of cases) {
      const response = await book(patient, {
        psychologistId: psy.id,
        sessionTypeId: priced,
        startsAt,
      })
      expect({ startsAt, code: response.json().code }).toEqual({ startsAt, code })
      expect(response.statusCode).toBe(422)
    }
  })

  it('refuses times outside the weekly hours and on an opted-in holiday', async () => {
    const limited = await createPsychologist(t, {
      rules: [{ weekday: 1, start: '09:00', end: '10:00' }],
      blockHolidays: true,
    })
    const tuesday = nextWeekday(2, 9)
    const outside = await book(patient, {
      psychologistId: limited.id,
      sessionTypeId: limited.sessionTypeIds[0],
      startsAt: tuesday,
    })
    expect(outside.json().code).toBe('SLOT_UNAVAILABLE')
    const monday = nextWeekday(1, 9)
    await t.database.query(
      `INSERT INTO holidays (holiday_date, solar_hijri_year, name_fa, name_en, calendar)
       VALUES ($1, 1405, 'تعطیل آزمون', 'Test holiday', 'solar')`,
      [monday.slice(0, 10)],
    )
    const holiday = await book(patient, {
      psychologistId: limited.id,
      sessionTypeId: limited.sessionTypeIds[0],
      startsAt: monday,
    })
    expect(holiday.json().code).toBe('HOLIDAY_BLOCKED')
  })

  it('answers SLOT_TAKEN for a held slot and lets an expired hold go', async () => {
    const startsAt = hourFromNow(60)
    const payload = { psychologistId: psy.id, sessionTypeId: priced, startsAt }
    const first = await book(patient, payload)
    expect(first.statusCode).toBe(201)
    const other = await createSignedInUser(t, 'patient')
    const taken = await book(other, payload)
    expect(taken.statusCode).toBe(409)
    expect(taken.json().code).toBe('SLOT_TAKEN')
    await t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [first.json().id],
    )
    const availability = await t.app.inject({
      url: `/api/v1/professionals/${psy.id}/availability?from=${startsAt}&sessionType=${priced}`,
    })
    expect(availability.json().slots.map((s: { startsAt: string }) => s.startsAt)).toContain(
      startsAt,
    )
    const second = await book(other, payload)
    expect(second.statusCode).toBe(201)
    const [old] = await t.database.query<{ status: string; cancel_reason: string }>(
      'SELECT status, cancel_reason FROM appointments WHERE id = $1',
      [first.json().id],
    )
    expect(old).toEqual({ status: 'cancelled', cancel_reason: 'hold_expired' })
  })

  it('refuses booking yourself, unknown session types, and unverified psychologists', async () => {
    const startsAt = hourFromNow(70)
    const self = await book(psy, { psychologistId: psy.id, sessionTypeId: priced, startsAt })
    expect(self.json().code).toBe('SELF_BOOKING')
    const other = await createPsychologist(t)
    const foreignType = await book(patient, {
      psychologistId: psy.id,
      sessionTypeId: other.sessionTypeIds[0],
      startsAt,
    })
    expect(foreignType.statusCode).toBe(404)
    const hidden = await createPsychologist(t, { verified: false })
    const unverified = await book(patient, {
      psychologistId: hidden.id,
      sessionTypeId: hidden.sessionTypeIds[0],
      startsAt,
    })
    expect(unverified.statusCode).toBe(404)
  })
})

/** The next given ISO weekday (UTC) at least two days away, at `hour`:00 UTC. */
function nextWeekday(weekday: number, hour: number): string {
  const at = new Date(Date.now() + 2 * 86_400_000)
  at.setUTCHours(hour, 0, 0, 0)
  while (((at.getUTCDay() + 6) % 7) + 1 !== weekday) at.setUTCDate(at.getUTCDate() + 1)
  return at.toISOString()
}
