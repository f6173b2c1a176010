import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { sendJson, startConversation } from '../../../test/companion-fixtures.ts'
import { addDepartmentStaff, createConfirmedAppointment } from '../../../test/messaging-fixtures.ts'
import { grantPermission } from '../../../test/safety-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { companionDepsOf } from './companion-deps.ts'
import { sweepCompanionRetention } from './companion-jobs.ts'

// The embedded default: no provider configured, the offline companion answers.
let t: TestApp
let patient: SignedInUser
let other: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  patient = await createSignedInUser(t, 'patient')
  other = await createSignedInUser(t, 'patient')
})
afterAll(() => t?.close())

const api = '/api/v1/companion/conversations'

describe('conversations', () => {
  it('are created, listed newest activity first with keyset pages, renamed and read', async () => {
    const user = await createSignedInUser(t, 'patient')
    const a = await startConversation(t, user, { title: 'اول' })
    const b = await startConversation(t, user, { retention: 'delete_after_30_days' })
    const c = await startConversation(t, user)
    expect(b).toMatchObject({ title: null, retention: 'delete_after_30_days', sharedAt: null })
    await sendJson(t, user, a.id, 'سلام، امروز کمی نگرانم')
    const first = await t.app.inject({ url: `${api}?limit=2`, headers: user.headers })
    expect(first.json().items.map((x: { id: string }) => x.id)).toEqual([a.id, c.id])
    const second = await t.app.inject({
      url: `${api}?limit=2&cursor=${first.json().nextCursor}`,
      headers: user.headers,
    })
    expect(second.json()).toEqual({
      items: [expect.objectContaining({ id: b.id })],
      nextCursor: null,
    })
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `${api}/${c.id}`,
      headers: user.headers,
      payload: { title: 'شب‌های بی‌خوابی' },
    })
    expect(renamed.json()).toMatchObject({ id: c.id, title: 'شب‌های بی‌خوابی' })
    // The first message titles an untitled conversation; a given title stays.
    await sendJson(t, user, b.id, 'خوابم نمی‌برد و فکرم مشغول است')
    const read = await t.app.inject({ url: `${api}/${b.id}`, headers: user.headers })
    expect(read.json().title).toBe('خوابم نمی‌برد و فکرم مشغول است')
    const strict = await t.app.inject({
      method: 'PATCH',
      url: `${api}/${c.id}`,
      headers: user.headers,
      payload: { userId: other.id },
    })
    expect(strict.statusCode).toBe(400)
  })

  it('talk with the offline companion end to end by default, paged newest first', async () => {
    const conversation = await startConversation(t, patient)
    const sent = await sendJson(
      t,
      patient,
      conversation.id,
      'I cannot sleep and I feel anxious',
      {},
      {
        'accept-language': 'en',
      },
    )
    expect(sent.statusCode).toBe(200)
    const body = sent.json()
    expect(body.reply).toMatchObject({ status: 'complete', kind: 'offline', role: 'assistant' })
    expect(body.reply.content.toLowerCase()).toContain('offline')
    const page = await t.app.inject({
      url: `${api}/${conversation.id}/messages?limit=1`,
      headers: patient.headers,
    })
    expect(page.json().items).toEqual([body.reply])
    const next = await t.app.inject({
      url: `${api}/${conversation.id}/messages?limit=1&cursor=${page.json().nextCursor}`,
      headers: patient.headers,
    })
    expect(next.json()).toEqual({ items: [body.message], nextCursor: null })
    const usage = await t.app.inject({ url: '/api/v1/companion/usage', headers: patient.headers })
    expect(usage.json()).toMatchObject({
      provider: 'offline',
      available: true,
      hour: { used: 1, limit: 30 },
      day: { used: 1, limit: 150 },
    })
    expect(Date.parse(usage.json().hour.resetsAt)).toBeGreaterThan(Date.now() + 59 * 60_000)
  })

  it("answer 404 on every route for another person's conversation, like a missing one", async () => {
    const mine = await startConversation(t, patient)
    const sent = await sendJson(t, patient, mine.id, 'سلام')
    const messageId = sent.json().reply.id
    for (const id of [mine.id, randomUUID()]) {
      const requests = [
        { method: 'GET', url: `${api}/${id}` },
        { method: 'PATCH', url: `${api}/${id}`, payload: { title: 'x' } },
        { method: 'DELETE', url: `${api}/${id}` },
        { method: 'GET', url: `${api}/${id}/messages` },
        { method: 'GET', url: `${api}/${id}/messages/${messageId}` },
        {
          method: 'POST',
          url: `${api}/${id}/messages`,
          payload: { text: 'hi', clientMessageId: randomUUID() },
        },
        { method: 'POST', url: `${api}/${id}/stop` },
        { method: 'POST', url: `${api}/${id}/handoff`, payload: { shareConversation: true } },
      ] as const
      for (const request of requests) {
        const response = await t.app.inject({ ...request, headers: other.headers })
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(404)
        expect(response.json().code).toBe('NOT_FOUND')
      }
    }
    const still = await t.app.inject({
      url: `${api}/${mine.id}/messages`,
      headers: patient.headers,
    })
    expect(still.json().items).toHaveLength(2)
  })

  it('are really deleted with their messages', async () => {
    const conversation = await startConversation(t, patient)
    await sendJson(t, patient, conversation.id, 'چیزی که نمی‌خواهم بماند')
    const count = async () =>
      (
        await t.database.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM companion_messages WHERE conversation_id = $1',
          [conversation.id],
        )
      )[0]?.n
    expect(await count()).toBe(2)
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `${api}/${conversation.id}`,
      headers: patient.headers,
    })
    expect(deleted.statusCode).toBe(204)
    expect(await count()).toBe(0)
    const gone = await t.app.inject({ url: `${api}/${conversation.id}`, headers: patient.headers })
    expect(gone.statusCode).toBe(404)
  })
})

describe('sharing with the treating psychologist', () => {
  it('needs a treating psychologist, shows only to them, and audits each read', async () => {
    const sharer = await createSignedInUser(t, 'patient', { firstName: 'مریم', lastName: 'رضایی' })
    const psychologist = await createSignedInUser(t, 'psychologist')
    const stranger = await createSignedInUser(t, 'psychologist')
    const admin = await createSignedInUser(t, 'admin')
    const conversation = await startConversation(t, sharer)
    await sendJson(t, sharer, conversation.id, 'می‌خواهم این را با روان‌شناسم ببینم')
    const share = () =>
      t.app.inject({
        method: 'PATCH',
        url: `${api}/${conversation.id}`,
        headers: sharer.headers,
        payload: { shared: true },
      })
    const refused = await share()
    expect(refused.statusCode).toBe(409)
    expect(refused.json().code).toBe('COMPANION_NO_PSYCHOLOGIST')
    await createConfirmedAppointment(t, sharer.id, psychologist.id)
    const shared = await share()
    expect(shared.statusCode).toBe(200)
    expect(shared.json().sharedAt).not.toBeNull()

    const list = await t.app.inject({
      url: '/api/v1/companion/shared',
      headers: psychologist.headers,
    })
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: conversation.id,
        patient: { id: sharer.id, name: 'مریم رضایی' },
      }),
    ])
    const read = await t.app.inject({
      url: `/api/v1/companion/shared/${conversation.id}/messages`,
      headers: psychologist.headers,
    })
    expect(read.statusCode).toBe(200)
    expect(read.json().items).toHaveLength(2)
    const audits = await t.database.query<{ action: string }>(
      `SELECT action FROM audit_logs WHERE user_id = $1 AND resource_id = $2`,
      [psychologist.id, conversation.id],
    )
    expect(audits.map((row) => row.action)).toContain('companion.shared.read')

    for (const viewer of [stranger, admin, other]) {
      const denied = await t.app.inject({
        url: `/api/v1/companion/shared/${conversation.id}/messages`,
        headers: viewer.headers,
      })
      expect(denied.statusCode).toBe(404)
      const none = await t.app.inject({ url: '/api/v1/companion/shared', headers: viewer.headers })
      expect(none.json().items).toEqual([])
    }

    await t.app.inject({
      method: 'PATCH',
      url: `${api}/${conversation.id}`,
      headers: sharer.headers,
      payload: { shared: false },
    })
    const withdrawn = await t.app.inject({
      url: `/api/v1/companion/shared/${conversation.id}/messages`,
      headers: psychologist.headers,
    })
    expect(withdrawn.statusCode).toBe(404)
  })
})

describe('talk to a human', () => {
  it('opens a thread to the clinical department, with the last turns only when the person agrees', async () => {
    const staff = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'clinical', staff.id)
    const conversation = await startConversation(t, patient)
    await sendJson(t, patient, conversation.id, 'این چند روز خیلی تنها بوده‌ام')
    const handoff = (shareConversation: boolean) =>
      t.app.inject({
        method: 'POST',
        url: `${api}/${conversation.id}/handoff`,
        headers: patient.headers,
        payload: { shareConversation },
      })
    const firstMessage = async (threadId: string) => {
      const rows = await t.database.query<{ category: string; content: string }>(
        `SELECT t.category, m.content FROM message_threads t JOIN messages m ON m.thread_id = t.id
         WHERE t.id = $1 ORDER BY m.created_at LIMIT 1`,
        [threadId],
      )
      return rows[0]
    }
    const withTranscript = await handoff(true)
    expect(withTranscript.statusCode).toBe(200)
    const shared = await firstMessage(withTranscript.json().threadId)
    expect(shared?.category).toBe('clinical')
    expect(shared?.content).toContain('می‌خواهم با یک انسان صحبت کنم')
    expect(shared?.content).toContain('با رضایت من')
    expect(shared?.content).toContain('من: این چند روز خیلی تنها بوده‌ام')

    const without = await handoff(false)
    const plain = await firstMessage(without.json().threadId)
    expect(plain?.content).toContain('می‌خواهم با یک انسان صحبت کنم')
    expect(plain?.content).not.toContain('تنها بوده‌ام')

    const thread = await t.app.inject({
      url: `/api/v1/threads/${without.json().threadId}`,
      headers: staff.headers,
    })
    expect(thread.statusCode).toBe(200)
  })
})

describe('retention and figures', () => {
  it('deletes messages past 30 days in conversations kept for 30 days, and such conversations once empty', async () => {
    const user = await createSignedInUser(t, 'patient')
    const expiring = await startConversation(t, user, { retention: 'delete_after_30_days' })
    const kept = await startConversation(t, user)
    await sendJson(t, user, expiring.id, 'قدیمی')
    await sendJson(t, user, kept.id, 'قدیمی ولی نگه‌داشته')
    const age = `now() - interval '31 days'`
    await t.database.query(
      `UPDATE companion_messages SET created_at = ${age} WHERE conversation_id = ANY($1::uuid[])`,
      [[expiring.id, kept.id]],
    )
    await t.database.query(
      `UPDATE companion_conversations SET last_activity_at = ${age} WHERE id = ANY($1::uuid[])`,
      [[expiring.id, kept.id]],
    )
    const recent = await startConversation(t, user, { retention: 'delete_after_30_days' })
    await sendJson(t, user, recent.id, 'تازه')
    await sweepCompanionRetention(companionDepsOf(t.app))
    const rows = await t.database.query<{ conversation_id: string; n: number }>(
      `SELECT c.id AS conversation_id, count(m.id)::int AS n FROM companion_conversations c
       LEFT JOIN companion_messages m ON m.conversation_id = c.id WHERE c.user_id = $1
       GROUP BY c.id`,
      [user.id],
    )
    expect(new Map(rows.map((row) => [row.conversation_id, row.n]))).toEqual(
      new Map([
        [kept.id, 2],
        [recent.id, 2],
      ]),
    )
  })

  it('deleting the account deletes its conversations and messages', async () => {
    const user = await createSignedInUser(t, 'patient')
    const conversation = await startConversation(t, user)
    await sendJson(t, user, conversation.id, 'سلام')
    await t.database.query('DELETE FROM users WHERE id = $1', [user.id])
    const left = await t.database.query(
      'SELECT id FROM companion_messages WHERE conversation_id = $1',
      [conversation.id],
    )
    expect(left).toEqual([])
  })

  it('counts per day for reports.read only, zero-filled, with no content', async () => {
    const figuresFor = (user: SignedInUser) =>
      t.app.inject({ url: '/api/v1/admin/companion/figures?days=3', headers: user.headers })
    expect((await figuresFor(patient)).statusCode).toBe(403)
    const reader = await createSignedInUser(t, 'psychologist')
    await grantPermission(t, reader.id, 'reports.read')
    const figures = () => figuresFor(reader)
    const before = (await figures()).json()
    expect(before.days).toHaveLength(3)
    expect(before.days[0]).toEqual({
      day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      messages: 0,
      unavailable: 0,
      crises: 0,
      concerns: 0,
      handoffs: 0,
      replaced: 0,
    })
    const conversation = await startConversation(t, patient)
    await sendJson(t, patient, conversation.id, 'امشب خودمو می‌کشم')
    await sendJson(t, patient, conversation.id, 'کاش دیگه بیدار نشم')
    await t.app.inject({
      method: 'POST',
      url: `${api}/${conversation.id}/handoff`,
      headers: patient.headers,
      payload: { shareConversation: false },
    })
    const today = (await figures()).json().days.at(-1)
    const was = before.days.at(-1)
    expect(today).toEqual({
      ...was,
      messages: was.messages + 2,
      crises: was.crises + 1,
      concerns: was.concerns + 1,
      handoffs: was.handoffs + 1,
    })
    expect(JSON.stringify((await figures()).json())).not.toContain('بیدار')
  })
})
