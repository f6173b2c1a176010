import type { ThreadMessage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  addDepartmentStaff,
  clientId,
  postMessage,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

describe('messages over REST', () => {
  let t: TestApp
  let patient: SignedInUser
  let staff: SignedInUser

  beforeAll(async () => {
    t = await createTestApp({ env: { MESSAGE_SEND_LIMIT: '1000' } })
    patient = await createSignedInUser(t, 'patient')
    staff = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'clinical', staff.id)
  })
  afterAll(() => t.close())

  const page = async (user: SignedInUser, threadId: string, query: string) => {
    const response = await t.app.inject({
      url: `/api/v1/threads/${threadId}/messages?${query}`,
      headers: user.headers,
    })
    expect(response.statusCode).toBe(200)
    const body = response.json() as { items: ThreadMessage[]; nextCursor: string | null }
    return { seqs: body.items.map((item) => item.seq), nextCursor: body.nextCursor }
  }

  it('pages messages both ways by position, oldest first in every page', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical', '1')
    for (const n of [2, 3, 4, 5]) await postMessage(t, n % 2 ? patient : staff, thread.id, `${n}`)
    expect(await page(patient, thread.id, 'limit=2')).toEqual({ seqs: [4, 5], nextCursor: '4' })
    expect(await page(patient, thread.id, 'limit=2&before=4')).toEqual({
      seqs: [2, 3],
      nextCursor: '2',
    })
    expect(await page(patient, thread.id, 'limit=2&before=2')).toEqual({
      seqs: [1],
      nextCursor: null,
    })
    // The catch-up call after a reconnect: everything after the last message the client has.
    expect(await page(patient, thread.id, 'limit=2&after=1')).toEqual({
      seqs: [2, 3],
      nextCursor: '3',
    })
    expect(await page(patient, thread.id, 'limit=2&after=3')).toEqual({
      seqs: [4, 5],
      nextCursor: null,
    })
    expect(await page(patient, thread.id, 'after=5')).toEqual({ seqs: [], nextCursor: null })
    const both = await t.app.inject({
      url: `/api/v1/threads/${thread.id}/messages?before=3&after=1`,
      headers: patient.headers,
    })
    expect(both.statusCode).toBe(400)
  })

  it('answers a retried client id with the first message, stored once', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const id = clientId()
    const first = await postMessage(t, patient, thread.id, 'فقط یک بار', id)
    const retry = await postMessage(t, patient, thread.id, 'فقط یک بار', id)
    expect(first.statusCode).toBe(201)
    expect(retry.statusCode).toBe(200)
    expect(retry.json()).toMatchObject({ duplicate: true, message: first.json().message })
    const rows = await t.database.query(
      'SELECT count(*)::int AS n FROM messages WHERE client_id = $1',
      [id],
    )
    expect(rows[0]?.n).toBe(1)
    const other = await startDepartmentThread(t, patient, 'clinical')
    expect((await postMessage(t, patient, other.thread.id, 'x', id)).json()).toMatchObject({
      code: 'CLIENT_ID_REUSED',
    })
  })

  it('keeps racing sends with one client id to one row', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const id = clientId()
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postMessage(t, patient, thread.id, 'هم‌زمان', id)),
    )
    const ids = new Set(answers.map((answer) => answer.json().message.id))
    expect(ids.size).toBe(1)
    expect(answers.filter((answer) => answer.statusCode === 201)).toHaveLength(1)
  })

  it('takes plain text up to 4,000 characters and refuses anything else', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const send = (content: unknown) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/threads/${thread.id}/messages`,
        headers: patient.headers,
        payload: { content },
      })
    const emoji = '😀'.repeat(4000)
    const accepted = await send(emoji)
    expect(accepted.statusCode).toBe(201)
    expect(accepted.json().message.content).toBe(emoji)
    const zwnj = 'می\u200cخواهم'
    expect((await send(zwnj)).json().message.content).toBe(zwnj)
    for (const bad of [
      '',
      '   \n\t',
      'ب'.repeat(4001),
      42,
      null,
      ['x'],
      { text: 'x' },
      'a\u0000b',
    ]) {
      const response = await send(bad)
      expect(response.statusCode, JSON.stringify(bad).slice(0, 40)).toBe(400)
      expect(response.json().code).toBe('VALIDATION_FAILED')
    }
    const extra = await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${thread.id}/messages`,
      headers: patient.headers,
      payload: { content: 'x', senderId: staff.id },
    })
    expect(extra.statusCode).toBe(400)
  })

  it('lets the author edit within 15 minutes, nobody else and not later', async () => {
    const { thread, message } = await startDepartmentThread(t, patient, 'clinical', 'غلط املایی')
    const edit = (user: SignedInUser, id: string, content: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/threads/${thread.id}/messages/${id}`,
        headers: user.headers,
        payload: { content },
      })
    const edited = await edit(patient, message.id, 'درست شد')
    expect(edited.statusCode).toBe(200)
    expect(edited.json()).toMatchObject({ content: 'درست شد', seq: message.seq })
    expect(edited.json().editedAt).toEqual(expect.any(String))
    expect((await edit(staff, message.id, 'دستکاری')).json()).toMatchObject({ code: 'FORBIDDEN' })
    await t.database.query(
      `UPDATE messages SET created_at = now() - interval '16 minutes' WHERE id = $1`,
      [message.id],
    )
    expect((await edit(patient, message.id, 'دیر')).json()).toMatchObject({
      status: 409,
      code: 'MESSAGE_EDIT_EXPIRED',
    })
  })
})

describe('message send rate limit', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({
      env: { MESSAGE_SEND_LIMIT: '3', MESSAGE_SEND_WINDOW_SECONDS: '60' },
    })
  })
  afterAll(() => t.close())

  it('refuses a flood with MESSAGE_RATE_LIMITED and a Retry-After', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const { thread } = await startDepartmentThread(t, patient, 'technical', 'یک')
    expect((await postMessage(t, patient, thread.id, 'دو')).statusCode).toBe(201)
    expect((await postMessage(t, patient, thread.id, 'سه')).statusCode).toBe(201)
    const flooded = await postMessage(t, patient, thread.id, 'چهار')
    expect(flooded.statusCode).toBe(429)
    expect(flooded.json().code).toBe('MESSAGE_RATE_LIMITED')
    expect(Number(flooded.headers['retry-after'])).toBeGreaterThan(0)
    const someoneElse = await createSignedInUser(t, 'patient')
    expect((await startDepartmentThread(t, someoneElse, 'technical')).thread.id).toBeTruthy()
  })

  it('over the limit still answers a retry with its first result, and refusals in order', async () => {
    const patient = await createSignedInUser(t, 'patient')
    const stranger = await createSignedInUser(t, 'patient')
    const { thread } = await startDepartmentThread(t, patient, 'billing', 'یک')
    const { thread: theirs } = await startDepartmentThread(t, stranger, 'billing', 'سلام')
    const clientId = '6f1c2a9e-8d4b-4c3a-9f0e-1a2b3c4d5e6f'
    const first = await postMessage(t, patient, thread.id, 'دو', clientId)
    expect(first.statusCode).toBe(201)
    expect((await postMessage(t, patient, thread.id, 'سه')).statusCode).toBe(201)
    expect((await postMessage(t, patient, thread.id, 'چهار')).json().code).toBe(
      'MESSAGE_RATE_LIMITED',
    )
    const retry = await postMessage(t, patient, thread.id, 'دو', clientId)
    expect([retry.statusCode, retry.json().message.id]).toEqual([200, first.json().message.id])
    const foreign = await postMessage(t, patient, theirs.id, 'فضولی')
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'NOT_FOUND'])
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/threads/${thread.id}`,
      headers: patient.headers,
      payload: { status: 'closed' },
    })
    expect((await postMessage(t, patient, thread.id, 'پنج')).json().code).toBe('THREAD_CLOSED')
  })
})
