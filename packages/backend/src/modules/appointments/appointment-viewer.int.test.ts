import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  forgetFreeIntros,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

/** The `viewer` block every /appointments answer carries, and the list's day/week range. */
describe('appointment viewer actions and time range', () => {
  let t: TestApp
  let patient: SignedInUser
  let admin: SignedInUser
  let psy: TestPsychologist
  let hour = 48

  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    admin = await createSignedInUser(t, 'admin')
    psy = await createPsychologist(t, {
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 0 },
        { durationMinutes: 60, mode: 'video', priceIrr: 9_000_000 },
      ],
    })
  })
  afterAll(() => t.close())

  async function book(startsAt = hourFromNow(hour++ * 2)) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: patient.headers,
      payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[0], startsAt },
    })
    expect(response.statusCode).toBe(201)
    await forgetFreeIntros(t)
    return response.json() as { id: string; startsAt: string; viewer: object }
  }

  const get = (user: SignedInUser, id: string) =>
    t.app.inject({ url: `/api/v1/appointments/${id}`, headers: user.headers }).then((r) => r.json())

  it('tells the patient and the psychologist what each may do with a confirmed session', async () => {
    const booked = await book()
    expect(booked.viewer).toMatchObject({ role: 'patient', canCancel: true })
    const forPatient = await get(patient, booked.id)
    expect(forPatient.viewer).toEqual({
      role: 'patient',
      canCancel: true,
      cancelRefundable: false,
      freeCancelUntil: new Date(Date.parse(booked.startsAt) - 24 * 3_600_000).toISOString(),
      canReschedule: true,
      canComplete: false,
      canMarkNoShow: false,
      canWriteNotes: false,
      undoOutcomeUntil: null,
    })
    const forPsy = await get(psy, booked.id)
    expect(forPsy.viewer).toMatchObject({
      role: 'psychologist',
      canCancel: true,
      canReschedule: true,
      canComplete: false,
      canMarkNoShow: false,
      canWriteNotes: true,
    })
    expect((await get(admin, booked.id)).viewer).toMatchObject({
      role: 'admin',
      canCancel: true,
      canWriteNotes: false,
    })
  })

  it('closes cancel and reschedule to the patient inside the window, not to the psychologist', async () => {
    const soon = await book(hourFromNow(3))
    expect((await get(patient, soon.id)).viewer).toMatchObject({
      canCancel: false,
      canReschedule: false,
    })
    expect((await get(psy, soon.id)).viewer).toMatchObject({ canCancel: true, canReschedule: true })
  })

  it('offers completed and no-show once the start has passed, and nothing after a cancel', async () => {
    const { id } = await book()
    await t.database.query(
      `UPDATE appointments SET scheduled_at = now() - interval '2 hours',
         ends_at = now() - interval '1 hour', blocked_from = NULL, blocked_until = NULL WHERE id = $1`,
      [id],
    )
    expect((await get(psy, id)).viewer).toMatchObject({ canComplete: true, canMarkNoShow: true })
    expect((await get(patient, id)).viewer).toMatchObject({ canComplete: false })
    const cancelled = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${id}`,
      headers: psy.headers,
      payload: { reason: 'بیماری' },
    })
    expect(cancelled.json().viewer).toMatchObject({
      canCancel: false,
      canReschedule: false,
      canComplete: false,
      freeCancelUntil: null,
    })
  })

  it('lists only the appointments starting inside from/to', async () => {
    const inside = await book(hourFromNow(600))
    const outside = await book(hourFromNow(700))
    const from = new Date(Date.parse(inside.startsAt) - 3_600_000).toISOString()
    const to = new Date(Date.parse(inside.startsAt) + 3_600_000).toISOString()
    const params = new URLSearchParams({ from, to, limit: '100' })
    const page = await t.app
      .inject({ url: `/api/v1/appointments?${params}`, headers: psy.headers })
      .then((r) => r.json())
    const ids = page.items.map((item: { id: string }) => item.id)
    expect(ids).toEqual([inside.id])
    expect(ids).not.toContain(outside.id)
    expect(page.items[0].viewer.role).toBe('psychologist')
  })
})
