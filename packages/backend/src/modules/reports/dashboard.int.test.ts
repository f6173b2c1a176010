import { DASHBOARD_FIGURES } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { createPsychologist } from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { reportWeeks } from './jalali-weeks.ts'

let t: TestApp
let admin: SignedInUser
const HOUR = 3_600_000

/** An instant `hours` into the current (0) or previous (1) Jalali week. */
function inWeek(weeksAgo: 0 | 1, hours: number): Date {
  const { edges } = reportWeeks(2, new Date())
  return new Date((edges[1 - weeksAgo]?.getTime() ?? 0) + hours * HOUR)
}

async function appointment(
  patientId: string,
  psychologistId: string,
  row: { at: Date; status: string; confirmed?: boolean; cancelledHoursBefore?: number },
) {
  const cancelledAt =
    row.cancelledHoursBefore === undefined
      ? null
      : new Date(row.at.getTime() - row.cancelledHoursBefore * HOUR)
  await t.database.query(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, status,
       confirmed_at, cancelled_at)
     VALUES ($1, $2, $3, $3::timestamptz + interval '50 minutes', $4, $5, $6)`,
    [
      patientId,
      psychologistId,
      row.at.toISOString(),
      row.status,
      row.confirmed === false ? null : row.at.toISOString(),
      cancelledAt?.toISOString() ?? null,
    ],
  )
}

async function payment(userId: string, amount: number, at: Date, status = 'completed') {
  const [row] = await t.database.query<{ id: string }>(
    `INSERT INTO transactions (user_id, amount, type, status, completed_at)
     VALUES ($1, $2, 'payment', $3, $4) RETURNING id`,
    [userId, amount, status, at.toISOString()],
  )
  return row?.id ?? ''
}

beforeAll(async () => {
  t = await createTestApp()
  admin = await createSignedInUser(t, 'admin')
})
afterAll(() => t.close())

const figure = (body: { figures: { key: string }[] }, key: string) =>
  body.figures.find((candidate) => candidate.key === key)

describe('GET /admin/dashboard', () => {
  it('counts each figure by Jalali week, this week against the one before', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createSignedInUser(t, 'patient')))
    if (!a || !b || !c) throw new Error('patients')
    const psychologist = await createPsychologist(t)
    // This week: two completed, a no-show, a late and an early cancellation, one upcoming.
    await appointment(a.id, psychologist.id, { at: inWeek(0, 1), status: 'completed' })
    await appointment(b.id, psychologist.id, { at: inWeek(0, 2), status: 'completed' })
    await appointment(a.id, psychologist.id, { at: inWeek(0, 3), status: 'no_show' })
    const late = { status: 'cancelled', cancelledHoursBefore: 2 }
    await appointment(c.id, psychologist.id, { at: inWeek(0, 4), ...late })
    const early = { status: 'cancelled', cancelledHoursBefore: 48 }
    await appointment(c.id, psychologist.id, { at: inWeek(0, 5), ...early })
    await appointment(c.id, psychologist.id, { at: inWeek(0, 6), status: 'confirmed' })
    // Last week: one completed session.
    await appointment(a.id, psychologist.id, { at: inWeek(1, 30), status: 'completed' })

    // Money: 1,000,000 toman paid this week, 200,000 refunded; 500,000 last week; a failure.
    const paid = await payment(a.id, 10_000_000, inWeek(0, 1), 'refunded')
    await t.database.query(
      `INSERT INTO transactions (user_id, amount, type, status, completed_at, original_transaction_id)
       VALUES ($1, 2000000, 'refund', 'completed', $2, $3)`,
      [a.id, inWeek(0, 2).toISOString(), paid],
    )
    await payment(b.id, 5_000_000, inWeek(1, 10))
    await payment(b.id, 9_000_000, inWeek(0, 1), 'failed')

    // Sign-ups: one patient backdated into last week.
    await t.database.query('UPDATE users SET created_at = $2 WHERE id = $1', [
      c.id,
      inWeek(1, 5).toISOString(),
    ])
    // Verification: one waiting since last week and verified now; one new and waiting.
    const verifiedNow = await createPsychologist(t, { verified: true })
    await t.database.query(
      'UPDATE psychologist_profiles SET created_at = $2, verified_at = now() WHERE user_id = $1',
      [verifiedNow.id, inWeek(1, 5).toISOString()],
    )
    const waiting = await createPsychologist(t, { verified: false })
    // Safety: one alert open since last week and resolved now; one open now.
    await t.database.query(
      `INSERT INTO safety_alerts (patient_id, status, created_at, resolved_at)
       VALUES ($1, 'resolved', $2, now()), ($3, 'open', now(), NULL)`,
      [a.id, inWeek(1, 5).toISOString(), b.id],
    )
    // A failed delivery this week.
    const [notice] = await t.database.query<{ id: string }>(
      `INSERT INTO notifications (user_id, event_key, category, title_fa, title_en, body_fa, body_en)
       VALUES ($1, 'k', 'announcement', 't', 't', 'b', 'b') RETURNING id`,
      [a.id],
    )
    await t.database.query(
      `INSERT INTO notification_deliveries (notification_id, user_id, channel, status)
       VALUES ($1, $2, 'sms', 'failed'), ($1, $2, 'email', 'sent')`,
      [notice?.id, a.id],
    )

    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/dashboard?weeks=4',
      headers: admin.headers,
    })
    expect(response.statusCode).toBe(200)
    const body = response.json()
    expect(body.timeZone).toBe('Asia/Tehran')
    expect(body.figures.map((f: { key: string }) => f.key)).toEqual([...DASHBOARD_FIGURES])
    const weeks = reportWeeks(4, new Date()).starts
    expect(figure(body, 'sessions')).toMatchObject({
      unit: 'count',
      current: 4,
      previous: 1,
      weeks: weeks.map((weekStart, index) => ({ weekStart, value: [0, 0, 1, 4][index] })),
    })
    expect(figure(body, 'activePatients')).toMatchObject({ current: 3, previous: 1 })
    expect(figure(body, 'completionRate')).toMatchObject({
      unit: 'percent',
      current: 50,
      previous: 100,
    })
    expect(figure(body, 'noShowRate')).toMatchObject({ current: 25, previous: 0 })
    expect(figure(body, 'completionRate')).toMatchObject({
      weeks: [{ value: null }, { value: null }, {}, {}],
    })
    expect(figure(body, 'revenue')).toMatchObject({
      unit: 'rials',
      current: 8_000_000,
      previous: 5_000_000,
    })
    // Everyone made in this test signed up now, but the patient moved into last week.
    const [made] = await t.database.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM users WHERE type IN ('patient', 'psychologist')",
    )
    expect(figure(body, 'signUps')).toMatchObject({ current: (made?.count ?? 0) - 1, previous: 1 })
    expect(figure(body, 'pendingVerification')).toMatchObject({ current: 1, previous: 1 })
    expect(figure(body, 'openSafetyAlerts')).toMatchObject({ current: 1, previous: 1 })
    expect(figure(body, 'failedNotifications')).toMatchObject({ current: 1, previous: 0 })
    expect(waiting.id).toBeTruthy()

    // What staff act on is live: verifying the waiting psychologist shows at once.
    await t.database.query(
      'UPDATE psychologist_profiles SET is_verified = true, verified_at = now() WHERE user_id = $1',
      [waiting.id],
    )
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/dashboard?weeks=4',
      headers: admin.headers,
    })
    expect(figure(again.json(), 'pendingVerification')).toMatchObject({ current: 0, previous: 1 })
  })

  it('counts late cancellations by the cancel window in force, changed at run time', async () => {
    const rateNow = async () => {
      const response = await t.app.inject({
        url: '/api/v1/admin/dashboard?weeks=4',
        headers: admin.headers,
      })
      return figure(response.json(), 'completionRate')
    }
    // The first test's week: 2 completed of 2 completed, 1 no-show and 1 late cancellation.
    expect(await rateNow()).toMatchObject({ current: 50 })
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/config/care.freeCancelHours',
      headers: admin.headers,
      payload: { value: 72 },
    })
    expect(set.statusCode).toBe(200)
    // The cancellation 48 hours ahead is now late too: 2 of 5, not served from the cache.
    expect(await rateNow()).toMatchObject({ current: 40 })
    await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/config/care.freeCancelHours',
      headers: admin.headers,
    })
    expect(await rateNow()).toMatchObject({ current: 50 })
  })

  it('refuses a week count out of range', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/dashboard?weeks=200',
      headers: admin.headers,
    })
    expect(response.json().code).toBe('VALIDATION_FAILED')
  })
})
