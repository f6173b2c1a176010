import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist, hourFromNow } from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('racing for one slot', () => {
  let t: TestApp
  let patients: SignedInUser[]

  beforeAll(async () => {
    t = await createTestApp()
    patients = []
    for (let i = 0; i < 50; i++) patients.push(await createSignedInUser(t, 'patient'))
  })
  afterAll(() => t.close())

  async function race(psychologistId: string, sessionTypeId: string, starts: string[]) {
    const responses = await Promise.all(
      patients.map((patient, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/appointments',
          headers: patient.headers,
          payload: { psychologistId, sessionTypeId, startsAt: starts[i % starts.length] },
        }),
      ),
    )
    return responses.map((r) => ({ status: r.statusCode, code: r.json().code as string }))
  }

  async function overlappingPairs(psychologistId: string) {
    const [row] = await t.database.query<{ pairs: number }>(
      `SELECT count(*)::int AS pairs FROM appointments a JOIN appointments b
         ON a.psychologist_id = b.psychologist_id AND a.id < b.id
        AND tstzrange(a.scheduled_at, a.ends_at) && tstzrange(b.scheduled_at, b.ends_at)
       WHERE a.psychologist_id = $1
         AND a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')`,
      [psychologistId],
    )
    return row?.pairs
  }

  it('lets exactly one of 50 concurrent bookings win; the rest get SLOT_TAKEN', async () => {
    const psy = await createPsychologist(t)
    const results = await race(psy.id, psy.sessionTypeIds[0] ?? '', [hourFromNow(26)])
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    const losers = results.filter((r) => r.status !== 201)
    expect(losers).toHaveLength(49)
    expect(new Set(losers.map((r) => `${r.status} ${r.code}`))).toEqual(new Set(['409 SLOT_TAKEN']))
    const [count] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM appointments WHERE psychologist_id = $1',
      [psy.id],
    )
    expect(count?.n).toBe(1)
    expect(await overlappingPairs(psy.id)).toBe(0)
  })

  it('keeps the psychologist’s buffer when adjacent slots are booked at once', async () => {
    const psy = await createPsychologist(t, {
      slotStepMinutes: 30,
      bufferAfterMinutes: 30,
      sessionTypes: [{ durationMinutes: 30, mode: 'phone', priceIrr: 5_000_000 }],
    })
    const first = hourFromNow(30)
    const adjacent = new Date(Date.parse(first) + 30 * 60_000).toISOString()
    const results = await race(psy.id, psy.sessionTypeIds[0] ?? '', [first, adjacent])
    expect(results.filter((r) => r.status === 201)).toHaveLength(1)
    const losers = results.filter((r) => r.status !== 201)
    expect(losers).toHaveLength(49)
    // Inserts for the two adjacent times can deadlock on the constraint: still SLOT_TAKEN.
    expect(new Set(losers.map((r) => `${r.status} ${r.code}`))).toEqual(new Set(['409 SLOT_TAKEN']))
  })

  it('has the database refuse overlapping rows whatever the application does', async () => {
    const psy = await createPsychologist(t)
    const insert = (start: string, end: string, blockedUntil: string | null, status = 'pending') =>
      t.database.query(
        `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at,
           blocked_until, status) VALUES ($1, $2, $3, $4, $5, $6)`,
        [patients[0]?.id, psy.id, start, end, blockedUntil, status],
      )
    await insert('2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z', '2030-01-01T11:30:00Z')
    await expect(
      insert('2030-01-01T10:30:00Z', '2030-01-01T11:30:00Z', null),
    ).rejects.toMatchObject({
      code: '23P01',
    })
    // Past the session but inside its buffer.
    await expect(
      insert('2030-01-01T11:15:00Z', '2030-01-01T12:00:00Z', null),
    ).rejects.toMatchObject({
      code: '23P01',
    })
    await insert('2030-01-01T11:30:00Z', '2030-01-01T12:00:00Z', null)
    await insert('2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z', null, 'cancelled')
  })
})
