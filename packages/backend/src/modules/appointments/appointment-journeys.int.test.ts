import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { OUTCOME_UNDO_MINUTES } from './appointment-state-machine.ts'

/** Issue 14, item 12: the list's tabs, outcome undo, optional reason, free intro, calendar. */
describe('appointments as people use them', () => {
  let t: TestApp
  let psy: TestPsychologist
  let hour = 30

  beforeAll(async () => {
    t = await createTestApp()
    psy = await createPsychologist(t, {
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 0 },
        { durationMinutes: 60, mode: 'video', priceIrr: 9_000_000 },
      ],
    })
  })
  afterAll(() => t.close())

  const patient = () => createSignedInUser(t, 'patient')
  async function book(user: SignedInUser, priced = false, startsAt = hourFromNow(hour++ * 2)) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: user.headers,
      payload: {
        psychologistId: psy.id,
        sessionTypeId: psy.sessionTypeIds[priced ? 1 : 0],
        startsAt,
      },
    })
  }
  const call = (
    user: SignedInUser,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url: `/api/v1/appointments${url}`, headers: user.headers, payload })
  const ids = async (user: SignedInUser, scope: 'upcoming' | 'past') =>
    (await call(user, 'GET', `?scope=${scope}&limit=100`))
      .json()
      .items.map((a: { id: string }) => a.id)
  /** Moves an appointment into the past, as if its hour had come and gone. */
  const makePast = (id: string) =>
    t.database.query(
      `UPDATE appointments SET scheduled_at = now() - interval '2 hours',
         ends_at = now() - interval '1 hour', blocked_from = NULL, blocked_until = NULL WHERE id = $1`,
      [id],
    )

  it('puts cancelled and lapsed-payment sessions under past, never under upcoming', async () => {
    const user = await patient()
    const live = (await book(user, true)).json().id
    const cancelled = (await book(user, true)).json().id
    expect((await call(user, 'DELETE', `/${cancelled}`, {})).statusCode).toBe(200)
    const lapsed = (await book(user, true)).json().id
    await t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`,
      [lapsed],
    )
    expect(await ids(user, 'upcoming')).toEqual([live])
    const past = await ids(user, 'past')
    expect(past).toHaveLength(2)
    expect(past).toEqual(expect.arrayContaining([cancelled, lapsed]))
  })

  it('lets a patient cancel without giving a reason', async () => {
    const user = await patient()
    const { id } = (await book(user, true)).json()
    const response = await call(user, 'DELETE', `/${id}`, {})
    expect(response.json()).toMatchObject({ status: 'cancelled', cancelReason: null })
    const blank = (await book(user, true)).json().id
    expect(
      (await call(user, 'DELETE', `/${blank}`, { reason: '   ' })).json().cancelReason,
    ).toBeNull()
  })

  it('keeps completed and no-show undoable for a while, audited, then final', async () => {
    const user = await patient()
    const { id } = (await book(user)).json()
    await makePast(id)
    const done = await call(psy, 'PATCH', `/${id}`, { status: 'completed' })
    expect(done.json().status).toBe('completed')
    const until = Date.parse(done.json().viewer.undoOutcomeUntil)
    expect(until - Date.parse(done.json().outcomeRecordedAt)).toBe(OUTCOME_UNDO_MINUTES * 60_000)
    expect((await call(user, 'GET', `/${id}`)).json().viewer.undoOutcomeUntil).toBeNull()
    expect((await call(user, 'DELETE', `/${id}/outcome`)).statusCode).toBe(403)

    const undone = await call(psy, 'DELETE', `/${id}/outcome`)
    expect(undone.json()).toMatchObject({ status: 'confirmed', outcomeRecordedAt: null })
    expect(undone.json().viewer).toMatchObject({ canComplete: true, undoOutcomeUntil: null })
    const again = await call(psy, 'DELETE', `/${id}/outcome`)
    expect([again.statusCode, again.json().code]).toEqual([409, 'INVALID_TRANSITION'])

    expect((await call(psy, 'PATCH', `/${id}`, { status: 'no_show' })).json().status).toBe(
      'no_show',
    )
    await t.database.query(
      `UPDATE appointments SET outcome_recorded_at = now() - make_interval(mins => $2) WHERE id = $1`,
      [id, OUTCOME_UNDO_MINUTES + 1],
    )
    expect((await call(psy, 'GET', `/${id}`)).json().viewer.undoOutcomeUntil).toBeNull()
    const late = await call(psy, 'DELETE', `/${id}/outcome`)
    expect([late.statusCode, late.json().code]).toEqual([409, 'UNDO_WINDOW_PASSED'])

    const audit = await t.database.query<{ action: string; changes: { from: string; to: string } }>(
      `SELECT action, changes FROM audit_logs WHERE resource = 'appointment' AND resource_id = $1
       ORDER BY created_at, id`,
      [id],
    )
    expect(audit.map((row) => [row.action, row.changes.from, row.changes.to])).toEqual([
      ['appointment.outcome_record', 'confirmed', 'completed'],
      ['appointment.outcome_undo', 'completed', 'confirmed'],
      ['appointment.outcome_record', 'confirmed', 'no_show'],
    ])
  })

  it('gives a patient one free session per psychologist; cancelling it gives it back', async () => {
    const user = await patient()
    const first = await book(user)
    expect(first.json().status).toBe('confirmed')
    const second = await book(user)
    expect([second.statusCode, second.json().code]).toEqual([409, 'FREE_INTRO_USED'])
    expect((await book(user, true)).statusCode).toBe(201)
    expect((await book(await patient())).statusCode).toBe(201)
    await call(user, 'DELETE', `/${first.json().id}`, {})
    expect((await book(user)).statusCode).toBe(201)
  })

  it('states the booking terms the server applies', async () => {
    const response = await call(await patient(), 'GET', '/policy')
    expect(response.json()).toEqual({ freeCancelHours: 24, holdMinutes: 15 })
  })

  it('downloads a discreet calendar file for the people of the appointment only', async () => {
    const user = await patient()
    const { id, startsAt } = (await book(user, true)).json()
    const response = await call(user, 'GET', `/${id}/calendar.ics`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(response.headers['content-disposition']).toContain('attachment')
    const start = new Date(startsAt).toISOString().replace(/[-:]/g, '').replace('.000', '')
    expect(response.body).toContain(`DTSTART:${start}`)
    expect(response.body).toContain(`UID:${id}@yektayar`)
    expect(response.body).toContain('SUMMARY:جلسهٔ یکتایار')
    expect(response.body).not.toContain('مریم')
    expect((await call(psy, 'GET', `/${id}/calendar.ics`)).statusCode).toBe(200)
    expect((await call(await patient(), 'GET', `/${id}/calendar.ics`)).statusCode).toBe(404)
  })

  it('signs a short-lived calendar link for the app, for this appointment only', async () => {
    const user = await patient()
    const { id } = (await book(user, true)).json()
    const other = (await book(await patient(), true)).json()
    const made = await call(user, 'POST', `/${id}/calendar-link`)
    expect(made.statusCode).toBe(200)
    const { url } = made.json()
    expect(url).toMatch(new RegExp(`^/api/v1/appointments/${id}/calendar\\.ics\\?sig=`))
    // No session: the link alone, readable by the app's pages (another origin).
    const signed = await t.app.inject({ method: 'GET', url })
    expect(signed.statusCode).toBe(200)
    expect(signed.body).toContain(`UID:${id}@yektayar`)
    expect(signed.headers['cross-origin-resource-policy']).toBe('cross-origin')
    const borrowed = url.replace(id, other.id)
    expect((await t.app.inject({ method: 'GET', url: borrowed })).json().code).toBe('NOT_FOUND')
    expect((await call(await patient(), 'POST', `/${id}/calendar-link`)).statusCode).toBe(404)
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: user.headers })
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404)
  })
})
