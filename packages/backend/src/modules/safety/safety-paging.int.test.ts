import type { NotificationNewEvent, SafetyAlert } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import { type KavenegarServer, startKavenegarServer } from '../../../test/kavenegar-server.ts'
import {
  closeAllSockets,
  connectSocket,
  createConfirmedAppointment,
  listen,
  nextEvent,
  postMessage,
} from '../../../test/messaging-fixtures.ts'
import { eventually } from '../../../test/notification-fixtures.ts'
import { CRISIS_TEXT, grantPermission } from '../../../test/safety-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { escalateAlert } from './alert-escalation.ts'
import { raiseAlert } from './alert-raise.ts'
import { safetyDepsOf } from './safety-deps.ts'

/**
 * The whole way from a patient's words to the people who act: real pg-boss jobs, the real
 * notifications engine, SMS through a stand-in speaking Kavenegar's protocol, and sockets.
 */
let t: TestApp
let kavenegar: KavenegarServer
let patient: SignedInUser
let psychologist: SignedInUser
let firstOnCall: SignedInUser
let secondOnCall: SignedInUser
let admin: SignedInUser
let threadId: string

/** Quiet all day long: a safety alert must go out anyway. */
async function quietAllDay(user: SignedInUser) {
  const { status } = await api(t, user, 'PATCH', '/api/v1/notifications/preferences', {
    quietHours: { enabled: true, start: '00:00', end: '23:59' },
  })
  return status
}

beforeAll(async () => {
  kavenegar = await startKavenegarServer()
  t = await createTestApp({
    withJobs: true,
    env: {
      SMS_PROVIDER: 'kavenegar',
      KAVENEGAR_API_KEY: 'safety-test-key',
      KAVENEGAR_SENDER: '10004346',
      KAVENEGAR_BASE_URL: kavenegar.baseUrl,
    },
  })
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  firstOnCall = await createSignedInUser(t, 'psychologist')
  secondOnCall = await createSignedInUser(t, 'psychologist')
  admin = await createSignedInUser(t, 'admin')
  for (const person of [firstOnCall, secondOnCall]) {
    await grantPermission(t, person.id, 'safety.respond')
  }
  const rota = await api(t, admin, 'PUT', '/api/v1/safety/on-call', {
    userIds: [firstOnCall.id, secondOnCall.id],
  })
  expect(rota.status).toBe(200)
  await createConfirmedAppointment(t, patient.id, psychologist.id)
  const opened = await api<{ thread: { id: string } }>(t, patient, 'POST', '/api/v1/threads', {
    kind: 'direct',
    userId: psychologist.id,
  })
  threadId = opened.body.thread.id
})
afterAll(async () => {
  closeAllSockets()
  await t?.close()
  await kavenegar?.close()
})

const texted = (user: SignedInUser) =>
  kavenegar.requests.filter((request) => request.params.receptor === `0${user.phone.slice(3)}`)

describe('a crisis message pages people at once', () => {
  it('reaches the first on call and the treating psychologist in-app and by SMS, through quiet hours', async () => {
    expect(await quietAllDay(firstOnCall)).toBe(200)
    const origin = await listen(t)
    const onCallSocket = await connectSocket(origin, firstOnCall.token)
    const notice = nextEvent<NotificationNewEvent>(onCallSocket, 'notification:new', 20_000)
    const live = nextEvent<SafetyAlert>(onCallSocket, 'safety:alert', 20_000)

    const sentAt = Date.now()
    const sent = await postMessage(t, patient, threadId, CRISIS_TEXT)
    expect(sent.json().safety.level).toBe('crisis')

    expect((await live).patient.id).toBe(patient.id)
    const received = await notice
    expect(received.notification.category).toBe('safety_alert')
    await eventually(
      'SMS to the first on call and the psychologist',
      async () => texted(firstOnCall).length === 1 && texted(psychologist).length === 1,
      20_000,
    )
    // Well inside the minute DESIGN §11 allows, on a loaded test machine too.
    expect(Date.now() - sentAt).toBeLessThan(60_000)
    expect(texted(secondOnCall)).toHaveLength(0)
    expect(texted(admin)).toHaveLength(0)
    // No name and no risk on a lock screen.
    expect(JSON.stringify(texted(firstOnCall))).not.toContain('کشم')
  })

  it('escalates to the next on call and to admins when nobody acknowledges', async () => {
    const { body } = await api<{ items: SafetyAlert[] }>(
      t,
      firstOnCall,
      'GET',
      '/api/v1/safety/alerts',
    )
    const alert = body.items.find((item) => item.patient.id === patient.id)
    if (!alert) throw new Error('no alert')
    await escalateAlert(safetyDepsOf(t.app), { alertId: alert.id, tier: 0 })
    await eventually(
      'SMS to the second on call and the admin',
      async () => texted(secondOnCall).length === 1 && texted(admin).length === 1,
      20_000,
    )
    expect(texted(firstOnCall)).toHaveLength(1)
  })

  it('queues the escalation check when the alert is raised', async () => {
    const jobs = await t.database.query<{ data: { tier: number } }>(
      `SELECT data FROM pgboss.job WHERE name = 'safety.escalate' ORDER BY created_on`,
    )
    expect(jobs.map((job) => job.data.tier)).toEqual([0, 1])
  })
})

describe('the escalation delay', () => {
  it('follows the delay an admin sets, from the next alert, without a restart', async () => {
    const set = await api(t, admin, 'PUT', '/api/v1/admin/config/safety.escalateAfterSeconds', {
      value: 45,
    })
    expect(set.status).toBe(200)
    try {
      const someone = await createSignedInUser(t, 'patient')
      const alertId = await raiseAlert(safetyDepsOf(t.app), {
        patientId: someone.id,
        source: 'message',
        sourceId: null,
        reasons: ['explicit_intent'],
        text: CRISIS_TEXT,
      })
      const [job] = await t.database.query<{ delay: number }>(
        `SELECT extract(epoch FROM start_after - created_on)::float AS delay FROM pgboss.job
         WHERE name = 'safety.escalate' AND data->>'alertId' = $1`,
        [alertId],
      )
      // 45 s, not the 600 s default; queued a moment after the row's clock started.
      expect(job?.delay).toBeGreaterThan(43)
      expect(job?.delay).toBeLessThan(47)
    } finally {
      await api(t, admin, 'DELETE', '/api/v1/admin/config/safety.escalateAfterSeconds')
    }
  })
})
