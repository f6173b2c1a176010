import type { SafetyAlert, SafetyAlertDetail, SafetyAlertPage } from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api } from '../../../test/course-fixtures.ts'
import {
  ack,
  clientId,
  closeAllSockets,
  connectSocket,
  createConfirmedAppointment,
  listen,
  nextEvent,
  postMessage,
} from '../../../test/messaging-fixtures.ts'
import { BENIGN_TEXT, CRISIS_TEXT, grantPermission } from '../../../test/safety-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { escalateAlert } from './alert-escalation.ts'
import { raiseAlert } from './alert-raise.ts'
import { safetyDepsOf } from './safety-deps.ts'

let t: TestApp
let patient: SignedInUser
let psychologist: SignedInUser
let stranger: SignedInUser
let responder: SignedInUser
let threadId: string

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  stranger = await createSignedInUser(t, 'psychologist')
  responder = await createSignedInUser(t, 'psychologist')
  await grantPermission(t, responder.id, 'safety.respond')
  threadId = await directThread(patient, psychologist)
})

/** A confirmed appointment, then the pair's direct thread as the patient opens it. */
async function directThread(of: SignedInUser, with_: SignedInUser) {
  await createConfirmedAppointment(t, of.id, with_.id)
  const { status, body } = await api<{ thread: { id: string } }>(t, of, 'POST', '/api/v1/threads', {
    kind: 'direct',
    userId: with_.id,
  })
  if (status >= 300) throw new Error(`direct thread: ${status}`)
  return body.thread.id
}
afterEach(() => closeAllSockets())
afterAll(() => t.close())

const activeAlerts = (user: SignedInUser) =>
  api<SafetyAlertPage>(t, user, 'GET', '/api/v1/safety/alerts')

async function alertOfPatient(user: SignedInUser, patientId: string) {
  const { body } = await activeAlerts(user)
  return body.items.find((alert) => alert.patient.id === patientId)
}

describe('a patient’s message goes through the safety module', () => {
  it('answers a crisis phrase with crisis, keeps the words, and raises one alert', async () => {
    const sent = await postMessage(t, patient, threadId, CRISIS_TEXT)
    expect(sent.statusCode).toBe(201)
    expect(sent.json().safety).toEqual({ level: 'crisis', reasons: ['explicit_intent'] })
    expect(sent.json().message.content).toBe(CRISIS_TEXT)

    const alert = await alertOfPatient(responder, patient.id)
    expect(alert).toMatchObject({ status: 'open', tier: 0, triggerCount: 1 })
    expect(alert?.reasons).toContain('explicit_intent')
  })

  it('renews the active alert on a second crisis message instead of raising another', async () => {
    await postMessage(t, patient, threadId, CRISIS_TEXT)
    const { body } = await activeAlerts(responder)
    const mine = body.items.filter((alert) => alert.patient.id === patient.id)
    expect(mine).toHaveLength(1)
    expect(mine[0]?.triggerCount).toBe(2)
  })

  it('answers an idiom with none and a psychologist’s message with no decision', async () => {
    const benign = await postMessage(t, patient, threadId, BENIGN_TEXT)
    expect(benign.json().safety).toEqual({ level: 'none', reasons: [] })
    const fromStaff = await postMessage(t, psychologist, threadId, CRISIS_TEXT)
    expect(fromStaff.statusCode).toBe(201)
    expect(fromStaff.json().safety).toBeUndefined()
  })

  it('answers a retried send with the first decision, and the socket ack carries it too', async () => {
    const id = clientId()
    const first = await postMessage(t, patient, threadId, CRISIS_TEXT, id)
    const again = await postMessage(t, patient, threadId, CRISIS_TEXT, id)
    expect(again.statusCode).toBe(200)
    expect(again.json().safety).toEqual(first.json().safety)

    const origin = await listen(t)
    const socket = await connectSocket(origin, patient.token)
    const answer = await ack<{ ok: boolean; data: { safety: unknown } }>(socket, 'message:send', {
      threadId,
      content: CRISIS_TEXT,
      clientId: clientId(),
    })
    expect(answer.ok).toBe(true)
    expect(answer.data.safety).toEqual({ level: 'crisis', reasons: ['explicit_intent'] })
  })
})

describe('a long message of mixed scripts', () => {
  it('is sent whole, at the 4,000-character limit, and still read to its end', async () => {
    const filler = 'سلام hello ۱۲۳ 🌿 khoobam ‌ممنون '
    const ending = ' I want to kill myself'
    const body = filler.repeat(200).slice(0, 4000 - ending.length) + ending
    expect([...body].length).toBeLessThanOrEqual(4000)
    const sent = await postMessage(t, patient, threadId, body)
    expect(sent.statusCode).toBe(201)
    expect(sent.json().message.content).toBe(body)
    expect(sent.json().safety.level).toBe('crisis')
  })
})

describe('who sees and works an alert', () => {
  it('shows on-call staff the patient’s words, and audits the read', async () => {
    const alert = await alertOfPatient(responder, patient.id)
    const { status, body } = await api<SafetyAlertDetail>(
      t,
      responder,
      'GET',
      `/api/v1/safety/alerts/${alert?.id}`,
    )
    expect(status).toBe(200)
    expect(body.triggers.map((trigger) => trigger.text)).toContain(CRISIS_TEXT)
    // On call, not treating: the patient's summary is not theirs to open.
    expect(body.viewerTreats).toBe(false)
    const audits = await t.database.query<{ action: string }>(
      `SELECT action FROM audit_logs WHERE resource_id = $1 AND user_id = $2`,
      [alert?.id, responder.id],
    )
    expect(audits.map((row) => row.action)).toContain('safety.alert.view')
    const looks = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_logs WHERE action = 'safety.alert.list' AND user_id = $1`,
      [responder.id],
    )
    expect(looks[0]?.n).toBeGreaterThan(0)
  })

  it('shows the treating psychologist their patient’s alert, and nobody else', async () => {
    expect(await alertOfPatient(psychologist, patient.id)).toBeDefined()
    expect(await alertOfPatient(stranger, patient.id)).toBeUndefined()
    const alert = await alertOfPatient(responder, patient.id)
    const treating = await api<SafetyAlertDetail>(
      t,
      psychologist,
      'GET',
      `/api/v1/safety/alerts/${alert?.id}`,
    )
    expect(treating.body.viewerTreats).toBe(true)
    const read = await api(t, stranger, 'GET', `/api/v1/safety/alerts/${alert?.id}`)
    expect(read.status).toBe(404)
    expect((read.body as { code: string }).code).toBe('SAFETY_ALERT_NOT_FOUND')
  })

  it('refuses the patient: no list, no acknowledging their own alert', async () => {
    const list = await activeAlerts(patient)
    expect(list.status).toBe(403)
    const alert = await alertOfPatient(responder, patient.id)
    const acknowledged = await api(
      t,
      patient,
      'POST',
      `/api/v1/safety/alerts/${alert?.id}/acknowledge`,
    )
    expect(acknowledged.status).toBe(404)
    expect((await alertOfPatient(responder, patient.id))?.status).toBe('open')
  })

  it('escalates an unacknowledged alert once per tier, and not after it is acknowledged', async () => {
    const deps = safetyDepsOf(t.app)
    const alert = await alertOfPatient(responder, patient.id)
    if (!alert) throw new Error('no alert')
    await escalateAlert(deps, { alertId: alert.id, tier: 0 })
    await escalateAlert(deps, { alertId: alert.id, tier: 0 })
    expect((await alertOfPatient(responder, patient.id))?.tier).toBe(1)

    const origin = await listen(t)
    const socket = await connectSocket(origin, psychologist.token)
    const live = nextEvent<SafetyAlert>(socket, 'safety:alert')
    const taken = await api<SafetyAlert>(
      t,
      responder,
      'POST',
      `/api/v1/safety/alerts/${alert.id}/acknowledge`,
    )
    expect(taken.status).toBe(200)
    expect(taken.body).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: { id: responder.id },
    })
    expect((await live).status).toBe('acknowledged')

    await escalateAlert(deps, { alertId: alert.id, tier: 1 })
    expect((await alertOfPatient(responder, patient.id))?.tier).toBe(1)
  })

  it('resolves with a note, once; a new crisis afterwards raises a new alert', async () => {
    const alert = await alertOfPatient(responder, patient.id)
    const path = `/api/v1/safety/alerts/${alert?.id}/resolve`
    const empty = await api(t, responder, 'POST', path, { note: ' ' })
    expect(empty.status).toBe(400)
    const resolved = await api<SafetyAlert>(t, responder, 'POST', path, {
      note: 'تماس گرفتم؛ در امنیت است و فردا جلسه دارد.',
    })
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: { id: responder.id } })
    const twice = await api(t, responder, 'POST', path, { note: 'again' })
    expect(twice.status).toBe(409)
    expect((twice.body as { code: string }).code).toBe('SAFETY_ALERT_RESOLVED')

    await postMessage(t, patient, threadId, CRISIS_TEXT)
    const next = await alertOfPatient(responder, patient.id)
    expect(next?.id).not.toBe(alert?.id)
    expect(next?.status).toBe('open')
  })

  it('refuses a strict body and an unknown status filter', async () => {
    const alert = await alertOfPatient(responder, patient.id)
    const extra = await api(t, responder, 'POST', `/api/v1/safety/alerts/${alert?.id}/resolve`, {
      note: 'ok',
      status: 'open',
    })
    expect(extra.status).toBe(400)
    const filter = await api(t, responder, 'GET', '/api/v1/safety/alerts?status=everything')
    expect(filter.status).toBe(400)
  })
})

describe('alerts of a deleted patient', () => {
  it('go with the account, and raising one for a deleted patient raises nothing', async () => {
    const gone = await createSignedInUser(t, 'patient')
    await postMessage(t, gone, await directThread(gone, psychologist), CRISIS_TEXT)
    const alert = await alertOfPatient(responder, gone.id)
    expect(alert).toBeDefined()
    await t.database.query('DELETE FROM users WHERE id = $1', [gone.id])
    const read = await api(t, responder, 'GET', `/api/v1/safety/alerts/${alert?.id}`)
    expect(read.status).toBe(404)
    const acknowledged = await api(
      t,
      responder,
      'POST',
      `/api/v1/safety/alerts/${alert?.id}/acknowledge`,
    )
    expect(acknowledged.status).toBe(404)

    const raised = await raiseAlert(safetyDepsOf(t.app), {
      patientId: gone.id,
      source: 'message',
      sourceId: null,
      reasons: ['explicit_intent'],
      text: CRISIS_TEXT,
    })
    expect(raised).toBeUndefined()
  })
})
