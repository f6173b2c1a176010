import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  forgetFreeIntros,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { confirmAppointmentPayment, sweepAppointments } from './appointment-confirmation.ts'
import type { CareDeps } from './care-deps.ts'

interface JobRow {
  id: string
  state: string
  start_after: Date
  data: {
    channel: string
    userId: string
    templateKey: string
    locale: string
    params: { appointmentId: string; startsAt: string }
  }
}

describe('reminders and notices through notification.send', () => {
  let t: TestApp
  let deps: CareDeps
  let patient: SignedInUser
  let psy: TestPsychologist

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true })
    deps = { db: t.database.db, jobs: t.jobs, care: t.config.care, log: console }
    patient = await createSignedInUser(t, 'patient')
    await t.database.query(
      `UPDATE users SET preferences = '{"language":"en","notificationChannels":{"email":true}}'::jsonb
       WHERE id = $1`,
      [patient.id],
    )
    psy = await createPsychologist(t, {
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 0 },
        { durationMinutes: 60, mode: 'video', priceIrr: 20_000_000 },
      ],
    })
  })
  afterAll(() => t.close())

  const jobsOf = (appointmentId: string) =>
    t.database.query<JobRow>(
      `SELECT id, state, start_after, data FROM pgboss.job
       WHERE name = 'notification.send' AND data->'params'->>'appointmentId' = $1
       ORDER BY start_after, data->>'channel'`,
      [appointmentId],
    )

  async function book(typeIndex: number, startsAt: string) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: patient.headers,
      payload: { psychologistId: psy.id, sessionTypeId: psy.sessionTypeIds[typeIndex], startsAt },
    })
    expect(response.statusCode).toBe(201)
    await forgetFreeIntros(t)
    return response.json() as { id: string }
  }

  it('queues 24 h and 1 h reminders on every chosen channel and tells the psychologist', async () => {
    const startsAt = hourFromNow(48)
    const { id } = await book(0, startsAt)
    const jobs = await jobsOf(id)
    const reminders = jobs.filter((j) => j.data.userId === patient.id)
    expect(reminders.map((j) => [j.data.templateKey, j.data.channel, j.data.locale])).toEqual([
      ['appointment.reminder_24h', 'email', 'en'],
      ['appointment.reminder_24h', 'sms', 'en'],
      ['appointment.reminder_1h', 'email', 'en'],
      ['appointment.reminder_1h', 'sms', 'en'],
    ])
    const start = Date.parse(startsAt)
    expect(new Date(reminders[0]?.start_after ?? 0).getTime()).toBe(start - 24 * 3_600_000)
    expect(new Date(reminders[2]?.start_after ?? 0).getTime()).toBe(start - 3_600_000)
    const notice = jobs.filter((j) => j.data.userId === psy.id)
    expect(notice.map((j) => [j.data.templateKey, j.data.channel])).toEqual([
      ['appointment.booked', 'sms'],
    ])
  })

  it('replaces reminders on reschedule and withdraws them on cancellation', async () => {
    const { id } = await book(0, hourFromNow(72))
    const before = (await jobsOf(id)).filter((j) =>
      j.data.templateKey.startsWith('appointment.reminder'),
    )
    const moved = hourFromNow(96)
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${id}`,
      headers: psy.headers,
      payload: { startsAt: moved },
    })
    expect(patch.statusCode).toBe(200)
    const afterMove = await jobsOf(id)
    for (const old of before)
      expect(afterMove.find((j) => j.id === old.id)?.state).toBe('cancelled')
    const live = afterMove.filter(
      (j) => j.state === 'created' && j.data.templateKey.startsWith('appointment.reminder'),
    )
    expect(live).toHaveLength(4)
    expect(new Set(live.map((j) => j.data.params.startsAt))).toEqual(new Set([moved]))
    expect(
      afterMove.some(
        (j) => j.data.templateKey === 'appointment.rescheduled' && j.data.userId === patient.id,
      ),
    ).toBe(true)

    const cancel = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${id}`,
      headers: patient.headers,
      payload: { reason: 'conflict' },
    })
    expect(cancel.statusCode).toBe(200)
    const afterCancel = await jobsOf(id)
    const remaining = afterCancel.filter(
      (j) => j.state === 'created' && j.data.templateKey.startsWith('appointment.reminder'),
    )
    expect(remaining).toEqual([])
    expect(
      afterCancel.some(
        (j) => j.data.templateKey === 'appointment.cancelled' && j.data.userId === psy.id,
      ),
    ).toBe(true)
  })

  it('announces a payment confirmation through the sweeper, which also releases expired holds', async () => {
    const paid = await book(1, hourFromNow(120))
    expect(await jobsOf(paid.id)).toEqual([])
    await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, paid.id))
    const abandoned = await book(1, hourFromNow(122))
    await t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [abandoned.id],
    )
    const outcome = await sweepAppointments(deps)
    expect(outcome.released).toBeGreaterThanOrEqual(1)
    expect(outcome.announced).toBeGreaterThanOrEqual(1)
    expect((await jobsOf(paid.id)).length).toBe(5)
    const [row] = await t.database.query<{ status: string }>(
      'SELECT status FROM appointments WHERE id = $1',
      [abandoned.id],
    )
    expect(row?.status).toBe('cancelled')
    expect((await sweepAppointments(deps)).announced).toBe(0)
  })
})
