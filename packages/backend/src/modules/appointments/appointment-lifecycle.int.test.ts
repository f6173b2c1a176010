import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  forgetFreeIntros,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('appointment lifecycle', () => {
  let t: TestApp
  let patient: SignedInUser
  let stranger: SignedInUser
  let admin: SignedInUser
  let psy: TestPsychologist
  let hour = 24

  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    stranger = await createSignedInUser(t, 'patient')
    admin = await createSignedInUser(t, 'admin')
    psy = await createPsychologist(t, {
      roomUrl: 'https://rooms.example/dr-test',
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 0 },
        { durationMinutes: 60, mode: 'video', priceIrr: 9_000_000 },
      ],
    })
  })
  afterAll(() => t.close())

  async function book(priced = false, startsAt = hourFromNow(hour++ * 2)) {
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
    expect(response.statusCode).toBe(201)
    await forgetFreeIntros(t)
    return response.json() as { id: string; startsAt: string; status: string }
  }

  const call = (
    user: SignedInUser,
    method: 'GET' | 'PATCH' | 'DELETE',
    id: string,
    payload?: object,
  ) => t.app.inject({ method, url: `/api/v1/appointments/${id}`, headers: user.headers, payload })

  it('answers a foreign appointment exactly like a missing one', async () => {
    const { id } = await book()
    const missing = '00000000-0000-4000-8000-000000000000'
    for (const target of [id, missing]) {
      expect((await call(stranger, 'GET', target)).statusCode).toBe(404)
      const patch = await call(stranger, 'PATCH', target, { status: 'completed' })
      expect(patch.statusCode).toBe(404)
      const del = await call(stranger, 'DELETE', target, { reason: 'x' })
      expect(del.statusCode).toBe(404)
      const notes = await t.app.inject({
        url: `/api/v1/appointments/${target}/notes`,
        headers: stranger.headers,
      })
      expect(notes.statusCode).toBe(404)
    }
    expect((await call(psy, 'GET', id)).statusCode).toBe(200)
    expect((await call(admin, 'GET', id)).statusCode).toBe(200)
  })

  it('never lets a patient confirm or complete', async () => {
    const pending = await book(true)
    const confirm = await call(patient, 'PATCH', pending.id, { status: 'confirmed' })
    expect([confirm.statusCode, confirm.json().code]).toEqual([403, 'FORBIDDEN'])
    const confirmed = await book()
    const complete = await call(patient, 'PATCH', confirmed.id, { status: 'completed' })
    expect([complete.statusCode, complete.json().code]).toEqual([403, 'FORBIDDEN'])
    const noShow = await call(patient, 'PATCH', confirmed.id, { status: 'no_show' })
    expect(noShow.statusCode).toBe(403)
  })

  it('lets the psychologist complete only after the start; admins confirm pending ones', async () => {
    const { id } = await book()
    const early = await call(psy, 'PATCH', id, { status: 'completed' })
    expect(early.json().code).toBe('APPOINTMENT_NOT_STARTED')
    await t.database.query(
      `UPDATE appointments SET scheduled_at = now() - interval '2 hours',
         ends_at = now() - interval '1 hour', blocked_from = NULL, blocked_until = NULL WHERE id = $1`,
      [id],
    )
    const done = await call(psy, 'PATCH', id, { status: 'completed' })
    expect([done.statusCode, done.json().status]).toEqual([200, 'completed'])
    const pending = await book(true)
    const byAdmin = await call(admin, 'PATCH', pending.id, { status: 'confirmed' })
    expect(byAdmin.json().status).toBe('confirmed')
  })

  it('refuses to move or revive a cancelled appointment', async () => {
    const { id } = await book()
    const cancelled = await call(patient, 'DELETE', id, { reason: 'سفر کاری' })
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'سفر کاری',
      cancelledBy: 'patient',
    })
    const move = await call(patient, 'PATCH', id, { startsAt: hourFromNow(200) })
    expect([move.statusCode, move.json().code]).toEqual([409, 'INVALID_TRANSITION'])
    const revive = await call(psy, 'PATCH', id, { status: 'completed' })
    expect(revive.json().code).toBe('INVALID_TRANSITION')
    const again = await call(patient, 'DELETE', id, { reason: 'again' })
    expect(again.json().code).toBe('INVALID_TRANSITION')
  })

  it('applies the free-cancel window to patients only', async () => {
    const soon = await book(false, hourFromNow(3))
    const late = await call(patient, 'DELETE', soon.id, { reason: 'late' })
    expect([late.statusCode, late.json().code]).toEqual([409, 'CANCEL_WINDOW_PASSED'])
    const move = await call(patient, 'PATCH', soon.id, { startsAt: hourFromNow(300) })
    expect(move.json().code).toBe('CANCEL_WINDOW_PASSED')
    const byPsychologist = await call(psy, 'DELETE', soon.id, { reason: 'illness' })
    expect(byPsychologist.json()).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'psychologist',
    })
  })

  it('reschedules into a free slot and refuses a taken one', async () => {
    const mine = await book()
    const theirs = await book()
    const target = hourFromNow(400)
    const moved = await call(patient, 'PATCH', mine.id, { startsAt: target })
    expect([moved.statusCode, moved.json().startsAt]).toEqual([200, target])
    const clash = await call(patient, 'PATCH', theirs.id, { startsAt: target })
    expect([clash.statusCode, clash.json().code]).toEqual([409, 'SLOT_TAKEN'])
    const byPsy = await call(psy, 'PATCH', theirs.id, {
      startsAt: new Date(Date.parse(target) + 90 * 60_000).toISOString(),
    })
    expect(byPsy.statusCode).toBe(200)
  })

  it('shows the join link to both sides from 10 minutes before until the end', async () => {
    const { id } = await book()
    const setStart = (minutes: number) =>
      t.database.query(
        `UPDATE appointments SET scheduled_at = now() + make_interval(mins => $2),
           ends_at = now() + make_interval(mins => $2 + 60), blocked_from = NULL,
           blocked_until = NULL WHERE id = $1`,
        [id, minutes],
      )
    await setStart(30)
    const early = (await call(patient, 'GET', id)).json()
    expect(early.joinUrl).toBeNull()
    expect(early.joinOpensAt).not.toBeNull()
    await setStart(8)
    for (const user of [patient, psy]) {
      expect((await call(user, 'GET', id)).json().joinUrl).toBe('https://rooms.example/dr-test')
    }
    await setStart(-61)
    expect((await call(patient, 'GET', id)).json().joinUrl).toBeNull()
  })

  it('lists my upcoming and past appointments with a status filter and paging', async () => {
    const other = await createSignedInUser(t, 'patient')
    const starts = [hourFromNow(500), hourFromNow(502), hourFromNow(504)]
    for (const startsAt of starts) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/appointments',
        headers: other.headers,
        payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[0], startsAt },
      })
      await forgetFreeIntros(t)
    }
    const list = (query: string) =>
      t.app
        .inject({ url: `/api/v1/appointments?${query}`, headers: other.headers })
        .then((r) => r.json())
    const first = await list('limit=2')
    expect(first.items.map((a: { startsAt: string }) => a.startsAt)).toEqual(starts.slice(0, 2))
    const second = await list(`limit=2&cursor=${first.nextCursor}`)
    expect(second.items.map((a: { startsAt: string }) => a.startsAt)).toEqual(starts.slice(2))
    expect(second.nextCursor).toBeNull()
    expect((await list('status=cancelled')).items).toEqual([])
    expect((await list('scope=past')).items).toEqual([])
    const psyList = await t.app.inject({
      url: '/api/v1/appointments?limit=100',
      headers: psy.headers,
    })
    expect(psyList.json().items.length).toBeGreaterThanOrEqual(3)
  })
})
