import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist, type TestPsychologist } from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('GET /professionals/:id/availability', () => {
  let t: TestApp
  let berlin: TestPsychologist
  let tehran: TestPsychologist

  beforeAll(async () => {
    t = await createTestApp()
    berlin = await createPsychologist(t, {
      timeZone: 'Europe/Berlin',
      bookingHorizonDays: 365,
      rules: [{ weekday: 1, start: '09:00', end: '10:00' }],
    })
    tehran = await createPsychologist(t, {
      timeZone: 'Asia/Tehran',
      bookingHorizonDays: 365,
      slotStepMinutes: 60,
      rules: [{ weekday: 6, start: '10:00', end: '12:00' }],
    })
  })
  afterAll(() => t.close())

  const availability = (id: string, query: string) =>
    t.app.inject({ url: `/api/v1/professionals/${id}/availability?${query}` })
  const starts = (body: { slots: { startsAt: string }[] }) => body.slots.map((s) => s.startsAt)

  it('answers UTC instants a Toronto patient can trust across both DST changes', async () => {
    const response = await availability(
      berlin.id,
      'from=2027-03-08&to=2027-03-29&timeZone=America/Toronto',
    )
    expect(response.statusCode).toBe(200)
    expect(starts(response.json())).toEqual([
      '2027-03-08T08:00:00.000Z',
      '2027-03-15T08:00:00.000Z',
      '2027-03-22T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
    ])
    expect(response.json()).toMatchObject({ timeZone: 'Europe/Berlin', durationMinutes: 60 })
  })

  it('answers the same slots compressed to a client that accepts it, and small answers plain', async () => {
    const busy = await createPsychologist(t, {
      bookingHorizonDays: 365,
      slotStepMinutes: 30,
      rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
    })
    const query = 'from=2027-01-01&to=2027-01-31&timeZone=UTC'
    const plain = await availability(busy.id, query)
    expect(plain.rawPayload.length).toBeGreaterThan(1024)
    const compressed = await t.app.inject({
      url: `/api/v1/professionals/${busy.id}/availability?${query}`,
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(compressed.headers['content-encoding']).toBe('gzip')
    expect(compressed.headers.vary).toContain('accept-encoding')
    expect(gunzipSync(compressed.rawPayload).toString()).toBe(plain.body)
    const small = await t.app.inject({
      url: `/api/v1/professionals/${tehran.id}/availability?from=2027-01-02&to=2027-01-02`,
      headers: { 'accept-encoding': 'gzip' },
    })
    expect([small.statusCode, small.headers['content-encoding']]).toEqual([200, undefined])
  })

  it('places a Tehran psychologist’s hours at +03:30', async () => {
    const response = await availability(tehran.id, 'from=2027-01-02&to=2027-01-02')
    expect(starts(response.json())).toEqual([
      '2027-01-02T06:30:00.000Z',
      '2027-01-02T07:30:00.000Z',
    ])
  })

  it('refuses unknown time zones, ranges over 62 days and reversed ranges', async () => {
    const badZone = await availability(berlin.id, 'timeZone=Europe/Atlantis')
    expect([badZone.statusCode, badZone.json().code]).toEqual([400, 'INVALID_TIME_ZONE'])
    const offset = await availability(berlin.id, 'timeZone=%2B03:30')
    expect(offset.json().code).toBe('INVALID_TIME_ZONE')
    const long = await availability(berlin.id, 'from=2027-01-01&to=2027-03-05')
    expect([long.statusCode, long.json().code]).toEqual([400, 'RANGE_TOO_LARGE'])
    const exactly = await availability(
      berlin.id,
      'from=2027-01-01T00:00:00Z&to=2027-03-04T00:00:00Z',
    )
    expect(exactly.statusCode).toBe(200)
    const reversed = await availability(berlin.id, 'from=2027-02-01&to=2027-01-01')
    expect([reversed.statusCode, reversed.json().code]).toEqual([400, 'RANGE_INVALID'])
    const junk = await availability(berlin.id, 'from=yesterday')
    expect(junk.statusCode).toBe(400)
  })

  it('answers a missing psychologist or a foreign session type with 404', async () => {
    const missing = await availability('00000000-0000-4000-8000-000000000000', '')
    expect(missing.statusCode).toBe(404)
    const foreign = await availability(berlin.id, `sessionType=${tehran.sessionTypeIds[0]}`)
    expect(foreign.statusCode).toBe(404)
  })

  it('stops offering a slot as soon as it is booked here, cached answer or not', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const open = await createPsychologist(t)
    const query = `from=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`
    const before = starts((await availability(open.id, query)).json())
    const [first] = before
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: patient.headers,
      payload: { psychologistId: open.id, sessionTypeId: open.sessionTypeIds[0], startsAt: first },
    })
    expect(booked.statusCode).toBe(201)
    const after = starts((await availability(open.id, query)).json())
    expect(after).not.toContain(first)
    expect(after).toHaveLength(before.length - 1)
  })
})
