import type { AppointmentView } from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  forgetFreeIntros,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { APPOINTMENT_REMINDER_JOB } from './appointment-reminders.ts'

/**
 * The care keys of the dynamic configuration, changed through the admin API while the app
 * runs: the next cancellation, booking, confirmation or slot listing follows the new value.
 */
let t: TestApp
let admin: SignedInUser
let patient: SignedInUser
let psy: TestPsychologist

const HOUR = 3_600_000
const DAY = 24 * HOUR

beforeAll(async () => {
  t = await createTestApp({ withJobs: true })
  admin = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
  psy = await createPsychologist(t, {
    bookingHorizonDays: 60,
    sessionTypes: [
      { durationMinutes: 60, mode: 'video', priceIrr: 0 },
      { durationMinutes: 60, mode: 'video', priceIrr: 9_000_000 },
    ],
  })
})
afterAll(() => t.close())

const changed = new Set<string>()
afterEach(async () => {
  for (const key of changed) {
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/config/${key}`,
      headers: admin.headers,
    })
  }
  changed.clear()
})

async function setConfig(key: string, value: unknown) {
  const response = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/config/${key}`,
    headers: admin.headers,
    payload: { value },
  })
  expect(response.statusCode, response.body).toBe(200)
  changed.add(key)
  return response.json() as { value: unknown }
}

async function book(startsAt: string, priced = false) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: patient.headers,
    payload: {
      psychologistId: psy.id,
      sessionTypeId: psy.sessionTypeIds[priced ? 1 : 0],
      startsAt,
    },
  })
  await forgetFreeIntros(t)
  return response
}

async function booked(startsAt: string, priced = false) {
  const response = await book(startsAt, priced)
  expect(response.statusCode, response.body).toBe(201)
  return response.json() as AppointmentView
}

const read = async (id: string) =>
  (
    await t.app.inject({ url: `/api/v1/appointments/${id}`, headers: patient.headers })
  ).json() as AppointmentView
const cancel = (id: string) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/v1/appointments/${id}`,
    headers: patient.headers,
    payload: { reason: 'آزمون' },
  })
const policy = async () =>
  (await t.app.inject({ url: '/api/v1/appointments/policy', headers: patient.headers })).json()

describe('care.freeCancelHours', () => {
  it('moves the window in which a patient may cancel, and what screens are told of it', async () => {
    const inTen = await booked(hourFromNow(10))
    expect((await cancel(inTen.id)).json().code).toBe('CANCEL_WINDOW_PASSED')
    expect((await read(inTen.id)).viewer).toMatchObject({ canCancel: false, canReschedule: false })
    expect(await policy()).toMatchObject({ freeCancelHours: 24 })

    await setConfig('care.freeCancelHours', 6)
    expect(await policy()).toMatchObject({ freeCancelHours: 6 })
    const viewer = (await read(inTen.id)).viewer
    expect(viewer).toMatchObject({ canCancel: true, canReschedule: true })
    expect(viewer?.freeCancelUntil).toBe(
      new Date(Date.parse(inTen.startsAt) - 6 * HOUR).toISOString(),
    )
    const cancelled = await cancel(inTen.id)
    expect([cancelled.statusCode, cancelled.json().status]).toEqual([200, 'cancelled'])

    // Widened past a session 30 hours away: no longer free to cancel.
    const inThirty = await booked(hourFromNow(30))
    await setConfig('care.freeCancelHours', 48)
    const refused = await cancel(inThirty.id)
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'CANCEL_WINDOW_PASSED'])
  })
})

describe('care.reminderMinutesBefore', () => {
  it('plans the reminders of the next confirmed session at the new times', async () => {
    const entry = await setConfig('care.reminderMinutesBefore', [30, 600, 120])
    expect(entry.value).toEqual([600, 120, 30])
    const session = await booked(hourFromNow(48))
    const jobs = await t.database.query<{ start_after: Date; minutes: number }>(
      `SELECT start_after, (data->>'minutesBefore')::int AS minutes FROM pgboss.job
       WHERE name = $1 AND data->>'appointmentId' = $2 ORDER BY start_after`,
      [APPOINTMENT_REMINDER_JOB, session.id],
    )
    const start = Date.parse(session.startsAt)
    expect(jobs.map((job) => [job.minutes, job.start_after.getTime()])).toEqual(
      [600, 120, 30].map((minutes) => [minutes, start - minutes * 60_000]),
    )
  })

  it('refuses a list that repeats a time, and keeps the old one', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/care.reminderMinutesBefore',
      headers: admin.headers,
      payload: { value: [60, 60] },
    })
    expect([response.statusCode, response.json().code]).toEqual([400, 'VALIDATION_FAILED'])
    const tooFar = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/care.reminderMinutesBefore',
      headers: admin.headers,
      payload: { value: [43_201] },
    })
    expect(tooFar.json().errors[0].path).toBe('body.value.0')
    const session = await booked(hourFromNow(72))
    const [{ count } = { count: 0 }] = await t.database.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND data->>'appointmentId' = $2`,
      [APPOINTMENT_REMINDER_JOB, session.id],
    )
    expect(count).toBe(2)
  })
})

describe('care.holdMinutes', () => {
  it('holds the next priced booking for the new number of minutes', async () => {
    await setConfig('care.holdMinutes', 5)
    const before = Date.now()
    const pending = await booked(hourFromNow(100), true)
    expect(pending.status).toBe('pending')
    const holdMs = Date.parse(pending.holdExpiresAt ?? '') - before
    expect(holdMs).toBeGreaterThanOrEqual(5 * 60_000 - 1_000)
    expect(holdMs).toBeLessThanOrEqual(5 * 60_000 + 5_000)
    expect(await policy()).toMatchObject({ holdMinutes: 5 })
  })
})

describe('care.maxBookingHorizonDays', () => {
  const slotsBetween = async (fromDays: number, toDays: number) => {
    const from = new Date(Date.now() + fromDays * DAY).toISOString()
    const to = new Date(Date.now() + toDays * DAY).toISOString()
    const response = await t.app.inject({
      url: `/api/v1/professionals/${psy.id}/availability?from=${from}&to=${to}`,
    })
    expect(response.statusCode).toBe(200)
    return (response.json() as { slots: { startsAt: string }[] }).slots.map((slot) =>
      Date.parse(slot.startsAt),
    )
  }

  it('holds every psychologist’s horizon to the cap, in listings and bookings, until raised', async () => {
    const before = await slotsBetween(20, 50)
    expect(Math.max(...before)).toBeGreaterThan(Date.now() + 45 * DAY)

    await setConfig('care.maxBookingHorizonDays', 30)
    const capped = await slotsBetween(20, 50)
    expect(capped.length).toBeGreaterThan(0)
    expect(Math.max(...capped)).toBeLessThan(Date.now() + 30 * DAY)
    const far = await book(hourFromNow(24 * 35))
    expect([far.statusCode, far.json().code]).toEqual([422, 'BOOKING_TOO_FAR'])
    await booked(hourFromNow(24 * 25))

    // The psychologist's own, shorter horizon still holds under a wider cap.
    await setConfig('care.maxBookingHorizonDays', 365)
    expect(Math.max(...(await slotsBetween(20, 62)))).toBeLessThan(Date.now() + 60 * DAY)
    expect((await book(hourFromNow(24 * 35))).statusCode).toBe(201)
  })
})
