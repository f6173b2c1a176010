import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  createPsychologist,
  forgetFreeIntros,
  hourFromNow,
  type TestPsychologist,
} from '../../../test/care-fixtures.ts'
import { eventually, queuedNotifications } from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { confirmAppointmentPayment, sweepAppointments } from './appointment-confirmation.ts'
import {
  APPOINTMENT_REMINDER_JOB,
  type AppointmentReminderJob,
  remindIfStillDue,
} from './appointment-reminders.ts'
import { type CareDeps, careDepsOf } from './care-deps.ts'

interface ReminderRow {
  id: string
  state: string
  start_after: Date
  data: AppointmentReminderJob
}

const HOUR = 3_600_000

describe('appointment notices and reminders through notification.event', () => {
  let t: TestApp
  let deps: CareDeps
  let patient: SignedInUser
  let psy: TestPsychologist

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true })
    deps = { ...careDepsOf(t.app), log: console }
    patient = await createSignedInUser(t, 'patient')
    psy = await createPsychologist(t, {
      sessionTypes: [
        { durationMinutes: 60, mode: 'video', priceIrr: 0 },
        { durationMinutes: 60, mode: 'video', priceIrr: 20_000_000 },
      ],
    })
  })
  afterAll(() => t.close())

  const noticesOf = (appointmentId: string) =>
    queuedNotifications(t, 'appointmentId', appointmentId)

  /**
   * Reminders run inside their own job: the notifications engine on this instance tells the
   * patient in that run (no notification.event job), so what was said is in notifications.
   */
  const remindersToldOf = (appointmentId: string) =>
    t.database.query<{
      user_id: string
      event_key: string
      category: string
      link: string
      data: unknown
    }>(
      `SELECT user_id, event_key, category, link, data FROM notifications
       WHERE starts_with(event_key, $1) ORDER BY created_at`,
      [`appointment:${appointmentId}:reminder:`],
    )

  const remindersOf = (appointmentId: string) =>
    t.database.query<ReminderRow>(
      `SELECT id, state, start_after, data FROM pgboss.job
       WHERE name = $1 AND data->>'appointmentId' = $2
       ORDER BY start_after`,
      [APPOINTMENT_REMINDER_JOB, appointmentId],
    )

  async function book(typeIndex: number, startsAt: string, doctor = psy) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: patient.headers,
      payload: {
        psychologistId: doctor.id,
        sessionTypeId: doctor.sessionTypeIds[typeIndex],
        startsAt,
      },
    })
    expect(response.statusCode, response.body).toBe(201)
    await forgetFreeIntros(t)
    return response.json() as { id: string }
  }

  it('tells the psychologist of the booking and the patient of the confirmation, and plans 24 h and 1 h reminders', async () => {
    const startsAt = hourFromNow(48)
    const { id } = await book(0, startsAt)
    const notices = await noticesOf(id)
    expect(notices.map((n) => n.data)).toEqual([
      {
        eventKey: `appointment:${id}:booked`,
        recipientId: psy.id,
        category: 'appointment_booked',
        templateKey: 'appointment.booked',
        params: { appointmentId: id, startsAt },
        link: `/appointments/${id}`,
      },
      {
        eventKey: `appointment:${id}:confirmed`,
        recipientId: patient.id,
        category: 'appointment_confirmed',
        templateKey: 'appointment.confirmed',
        params: { appointmentId: id, startsAt },
        link: `/appointments/${id}`,
      },
    ])
    expect(notices.map((n) => n.singleton_key)).toEqual([
      `${psy.id}:appointment:${id}:booked`,
      `${patient.id}:appointment:${id}:confirmed`,
    ])
    const reminders = await remindersOf(id)
    expect(reminders.map((r) => r.data)).toEqual([
      { appointmentId: id, startsAt, minutesBefore: 1440 },
      { appointmentId: id, startsAt, minutesBefore: 60 },
    ])
    const start = Date.parse(startsAt)
    expect(reminders.map((r) => new Date(r.start_after).getTime())).toEqual([
      start - 24 * HOUR,
      start - HOUR,
    ])
    const [row] = await t.database.query<{ reminder_job_ids: string[] }>(
      'SELECT reminder_job_ids FROM appointments WHERE id = $1',
      [id],
    )
    expect(new Set(row?.reminder_job_ids)).toEqual(new Set(reminders.map((r) => r.id)))
  })

  it('reminds a 09:00 Tehran session at 09:00 and 08:00 Tehran time, through the worker when due', async () => {
    const tehranPsy = await createPsychologist(t, {
      timeZone: 'Asia/Tehran',
      sessionTypes: [{ durationMinutes: 60, mode: 'video', priceIrr: 0 }],
    })
    const tehranDate = (at: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran' }).format(new Date(at))
    const day = tehranDate(Date.now() + 3 * 24 * HOUR)
    const startsAt = new Date(`${day}T09:00:00+03:30`).toISOString()
    const { id } = await book(0, startsAt, tehranPsy)
    const reminders = await remindersOf(id)
    const dayBefore = tehranDate(Date.parse(startsAt) - 24 * HOUR)
    expect(reminders.map((r) => new Date(r.start_after).toISOString())).toEqual([
      new Date(`${dayBefore}T09:00:00+03:30`).toISOString(),
      new Date(`${day}T08:00:00+03:30`).toISOString(),
    ])
    // 09:00 Tehran is 05:30 UTC: the reminder crosses no UTC day boundary by mistake.
    expect(new Date(reminders[0]?.start_after ?? 0).toISOString()).toBe(
      `${dayBefore}T05:30:00.000Z`,
    )

    // The worker runs a reminder once it is due.
    await t.jobs?.send(APPOINTMENT_REMINDER_JOB, reminders[0]?.data ?? {})
    const key = `appointment:${id}:reminder:1440:${startsAt}`
    await eventually('the 24 h reminder notice', async () =>
      (await remindersToldOf(id)).some((n) => n.event_key === key),
    )
    expect(await remindersToldOf(id)).toEqual([
      {
        user_id: patient.id,
        event_key: key,
        category: 'appointment_reminder',
        link: `/appointments/${id}`,
        data: {
          templateKey: 'appointment.reminder',
          params: { appointmentId: id, startsAt, minutesBefore: 1440 },
        },
      },
    ])
    // Told in the reminder's own run: no notification.event job stood in between.
    expect((await noticesOf(id)).filter((n) => n.data.category === 'appointment_reminder')).toEqual(
      [],
    )
  })

  it('on a move withdraws the old reminders, plans new ones and tells the patient; an old reminder sends nothing', async () => {
    const { id } = await book(0, hourFromNow(72))
    const before = await remindersOf(id)
    const moved = hourFromNow(96)
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/appointments/${id}`,
      headers: psy.headers,
      payload: { startsAt: moved },
    })
    expect(patch.statusCode, patch.body).toBe(200)
    const after = await remindersOf(id)
    for (const old of before) expect(after.find((r) => r.id === old.id)?.state).toBe('cancelled')
    const live = after.filter((r) => r.state === 'created')
    expect(live.map((r) => r.data)).toEqual([
      { appointmentId: id, startsAt: moved, minutesBefore: 1440 },
      { appointmentId: id, startsAt: moved, minutesBefore: 60 },
    ])
    const moveNotices = (await noticesOf(id)).filter(
      (n) => n.data.category === 'appointment_rescheduled',
    )
    // The psychologist moved it: only the patient is told, under a key naming the new time.
    expect(moveNotices.map((n) => [n.data.recipientId, n.data.eventKey, n.data.params])).toEqual([
      [
        patient.id,
        `appointment:${id}:rescheduled:${moved}`,
        { appointmentId: id, startsAt: moved },
      ],
    ])

    // A withdrawn reminder that ran anyway (a race) finds the new time and stays silent.
    expect(await remindIfStillDue(deps, before[0]?.data as AppointmentReminderJob)).toBe(false)
    expect(await remindersToldOf(id)).toEqual([])
    expect(await remindIfStillDue(deps, live[1]?.data as AppointmentReminderJob)).toBe(true)
    expect((await remindersToldOf(id)).map((n) => [n.user_id, n.event_key])).toEqual([
      [patient.id, `appointment:${id}:reminder:60:${moved}`],
    ])
  })

  it('on a cancellation withdraws reminders and tells the other side; a late reminder sends nothing', async () => {
    const { id } = await book(0, hourFromNow(100))
    const reminders = await remindersOf(id)
    const cancel = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/appointments/${id}`,
      headers: patient.headers,
      payload: { reason: 'conflict' },
    })
    expect(cancel.statusCode, cancel.body).toBe(200)
    expect((await remindersOf(id)).map((r) => r.state)).toEqual(['cancelled', 'cancelled'])
    // Reminders already made but held back (an SMS in quiet hours) are taken back too.
    const withdrawals = await t.database.query<{ data: unknown }>(
      `SELECT data FROM pgboss.job WHERE name = 'notification.withdraw' AND data->>'eventKeyPrefix' = $1`,
      [`appointment:${id}:reminder:`],
    )
    expect(withdrawals.map((w) => w.data)).toEqual([
      { recipientId: patient.id, eventKeyPrefix: `appointment:${id}:reminder:` },
    ])
    const cancelled = (await noticesOf(id)).filter(
      (n) => n.data.category === 'appointment_cancelled',
    )
    expect(cancelled.map((n) => [n.data.recipientId, n.data.eventKey])).toEqual([
      [psy.id, `appointment:${id}:cancelled`],
    ])
    const count = (await noticesOf(id)).length
    for (const reminder of reminders)
      expect(await remindIfStillDue(deps, reminder.data)).toBe(false)
    expect(await noticesOf(id)).toHaveLength(count)
    expect(await remindersToldOf(id)).toEqual([])
    expect((await noticesOf(id)).some((n) => n.data.category === 'appointment_reminder')).toBe(
      false,
    )
  })

  it('announces a payment confirmation through the sweeper, which also releases expired holds', async () => {
    const paid = await book(1, hourFromNow(120))
    expect(await noticesOf(paid.id)).toEqual([])
    expect(await remindersOf(paid.id)).toEqual([])
    await t.database.db.transaction((tx) => confirmAppointmentPayment(tx, paid.id))
    const abandoned = await book(1, hourFromNow(122))
    await t.database.query(
      `UPDATE appointments SET hold_expires_at = now() - interval '1 second' WHERE id = $1`,
      [abandoned.id],
    )
    const outcome = await sweepAppointments(deps)
    expect(outcome.released).toBeGreaterThanOrEqual(1)
    expect(outcome.announced).toBeGreaterThanOrEqual(1)
    expect((await noticesOf(paid.id)).map((n) => n.data.templateKey)).toEqual([
      'appointment.booked',
      'appointment.confirmed',
    ])
    expect(await remindersOf(paid.id)).toHaveLength(2)
    const [row] = await t.database.query<{ status: string }>(
      'SELECT status FROM appointments WHERE id = $1',
      [abandoned.id],
    )
    expect(row?.status).toBe('cancelled')
    // A pending hold that lapsed was never an appointment: nobody hears of it.
    expect(await noticesOf(abandoned.id)).toEqual([])
    expect((await sweepAppointments(deps)).announced).toBe(0)
  })
})
