import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { ThreadDetails, ThreadSummary } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  addDepartmentStaff,
  createConfirmedAppointment,
  postMessage,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { openDirectThread } from './thread-create.service.ts'

describe('threads over REST', () => {
  let t: TestApp
  let patient: SignedInUser
  let otherPatient: SignedInUser
  let receptionist: SignedInUser
  let billingClerk: SignedInUser
  let admin: SignedInUser

  beforeAll(async () => {
    t = await createTestApp()
    patient = await createSignedInUser(t, 'patient')
    otherPatient = await createSignedInUser(t, 'patient')
    receptionist = await createSignedInUser(t, 'psychologist')
    billingClerk = await createSignedInUser(t, 'psychologist')
    admin = await createSignedInUser(t, 'admin')
    await addDepartmentStaff(t, 'reception', receptionist.id)
    await addDepartmentStaff(t, 'billing', billingClerk.id)
  })
  afterAll(() => t.close())

  const get = (user: SignedInUser, url: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: user.headers })
  const patch = (user: SignedInUser, id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/threads/${id}`, headers: user.headers, payload })

  it('lists the departments seeded as reference data', async () => {
    const response = await get(patient, '/departments')
    expect(response.statusCode).toBe(200)
    const keys = (response.json() as { items: { key: string }[] }).items.map((item) => item.key)
    expect(keys).toEqual(['reception', 'clinical', 'billing', 'technical'])
  })

  it('creates a department thread with its first message, kept exactly as typed', async () => {
    const content = 'سلام 👋 می‌خواهم نوبتم را جابه‌جا کنم\nhttps://example.com <b>x</b>'
    const { thread, message } = await startDepartmentThread(t, patient, 'reception', content)
    expect(message.content).toBe(content)
    expect(thread).toMatchObject({ kind: 'department', category: 'reception', status: 'open' })
    expect(thread.myRole).toBe('owner')
    expect(thread.canManage).toBe(false)
    const list = (await get(patient, '/threads')).json() as { items: ThreadSummary[] }
    const mine = list.items.find((item) => item.id === thread.id)
    expect(mine?.lastMessage?.preview).toBe(content)
    expect(mine?.unreadCount).toBe(0)
  })

  it('refuses a department that does not exist and an unauthenticated caller', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/threads',
      headers: patient.headers,
      payload: { kind: 'department', category: 'marketing', content: 'hi' },
    })
    expect(unknown.json()).toMatchObject({ status: 422, code: 'DEPARTMENT_UNKNOWN' })
    expect((await t.app.inject({ url: '/api/v1/threads' })).statusCode).toBe(401)
  })

  it('counts unread messages and clears them when read', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'اول')
    await postMessage(t, receptionist, thread.id, 'پاسخ یک')
    await postMessage(t, receptionist, thread.id, 'پاسخ دو')
    const unread = async () => {
      const list = (await get(patient, '/threads')).json() as { items: ThreadSummary[] }
      return list.items.find((item) => item.id === thread.id)
    }
    expect(await unread()).toMatchObject({ unreadCount: 2, lastMessage: { preview: 'پاسخ دو' } })
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${thread.id}/read`,
      headers: patient.headers,
      payload: {},
    })
    expect(read.json()).toMatchObject({ lastReadSeq: 3, unreadCount: 0 })
    expect((await unread())?.unreadCount).toBe(0)
  })

  it('previews the last message of a thread written without the send path (as the demo seed does)', async () => {
    // Someone new, whose thread list no earlier test has cached.
    const reader = await createSignedInUser(t, 'patient')
    const [row] = await t.database.query<{ id: string }>(
      `WITH thread AS (
         INSERT INTO message_threads (kind, category, created_by, last_seq) VALUES ('department', 'reception', $1, 2)
         RETURNING id
       ), people AS (
         INSERT INTO thread_participants (thread_id, user_id, role, last_read_seq)
         SELECT id, $1, 'owner', 1 FROM thread
       ), messages AS (
         INSERT INTO messages (thread_id, sender_id, content, seq)
         SELECT id, $1, 'یک', 1 FROM thread UNION ALL SELECT id, $2, 'دو', 2 FROM thread
       )
       SELECT id FROM thread`,
      [reader.id, receptionist.id],
    )
    const list = (await get(reader, '/threads')).json() as { items: ThreadSummary[] }
    const seeded = list.items.find((item) => item.id === row?.id)
    expect(seeded).toMatchObject({
      unreadCount: 1,
      lastMessage: { preview: 'دو', senderId: receptionist.id },
    })
  })

  it('shows the other side where I have read up to, so my messages can say seen', async () => {
    const { thread, message } = await startDepartmentThread(t, patient, 'reception', 'دیده شد؟')
    await postMessage(t, receptionist, thread.id, 'بله')
    const mine = await postMessage(t, patient, thread.id, 'ممنون')
    const readerOf = async () => {
      const view = (await get(patient, `/threads/${thread.id}`)).json() as ThreadDetails
      return view.participants.find((person) => person.id === receptionist.id)
    }
    expect((await readerOf())?.lastReadSeq).toBe(2)
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${thread.id}/read`,
      headers: receptionist.headers,
      payload: {},
    })
    const reader = await readerOf()
    expect(reader?.lastReadSeq).toBe((mine.json() as { message: { seq: number } }).message.seq)
    expect(reader?.lastReadAt).not.toBeNull()
    expect(message.seq).toBe(1)
  })

  it('shows a thread only to its participants and its department staff', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception')
    expect((await get(otherPatient, `/threads/${thread.id}`)).json()).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    })
    expect((await get(otherPatient, `/threads/${thread.id}/messages`)).statusCode).toBe(404)
    expect((await postMessage(t, otherPatient, thread.id, 'نفوذ')).statusCode).toBe(404)
    expect((await get(billingClerk, `/threads/${thread.id}`)).statusCode).toBe(404)
    const staffView = (await get(receptionist, `/threads/${thread.id}`)).json() as ThreadDetails
    expect(staffView).toMatchObject({ canManage: true, myRole: null })
    expect(staffView.counterpart?.id).toBe(patient.id)
    const others = (await get(otherPatient, '/threads')).json() as { items: ThreadSummary[] }
    expect(others.items.map((item) => item.id)).not.toContain(thread.id)
  })

  it('gives staff an inbox of their departments, unassigned first', async () => {
    const first = await startDepartmentThread(t, otherPatient, 'billing', 'صورتحساب')
    const second = await startDepartmentThread(t, otherPatient, 'billing', 'پرداخت')
    await patch(billingClerk, first.thread.id, { assigneeId: billingClerk.id })
    const inbox = (await get(billingClerk, '/threads/inbox')).json() as { items: ThreadSummary[] }
    const order = inbox.items.map((item) => item.id)
    expect(order.indexOf(second.thread.id)).toBeLessThan(order.indexOf(first.thread.id))
    expect(inbox.items.every((item) => item.category === 'billing')).toBe(true)
    const mine = (await get(billingClerk, '/threads/inbox?assigned=mine')).json() as {
      items: ThreadSummary[]
    }
    expect(mine.items.map((item) => item.id)).toEqual([first.thread.id])
    expect((await get(billingClerk, '/threads/inbox?category=reception')).statusCode).toBe(403)
    expect((await get(patient, '/threads/inbox')).json()).toMatchObject({ code: 'FORBIDDEN' })
    const all = (await get(admin, '/threads/inbox?limit=50')).json() as { items: ThreadSummary[] }
    expect(new Set(all.items.map((item) => item.category))).toEqual(
      new Set(['reception', 'billing']),
    )
  })

  it('lets only staff assign and transfer; a patient is refused', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception')
    for (const change of [
      { assigneeId: patient.id },
      { assigneeId: receptionist.id },
      { category: 'billing' },
    ]) {
      expect((await patch(patient, thread.id, change)).json()).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      })
    }
    expect(
      (await patch(receptionist, thread.id, { assigneeId: billingClerk.id })).json(),
    ).toMatchObject({
      code: 'ASSIGNEE_INVALID',
    })
    const assigned = await patch(receptionist, thread.id, { assigneeId: receptionist.id })
    expect(assigned.json()).toMatchObject({ assigneeId: receptionist.id, myRole: 'admin' })
  })

  it('transfers a thread: staff of the old department leave it, the new one sees it', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'مشکل پرداخت دارم')
    await postMessage(t, receptionist, thread.id, 'به بخش مالی ارجاع می‌دهم')
    const moved = await patch(receptionist, thread.id, { category: 'billing' })
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ category: 'billing', assigneeId: null })
    expect((await get(receptionist, `/threads/${thread.id}`)).statusCode).toBe(404)
    const details = (await get(billingClerk, `/threads/${thread.id}`)).json() as ThreadDetails
    expect(details.participants.map((person) => person.id)).toEqual([patient.id])
    const audit = await t.database.query(`SELECT action FROM audit_logs WHERE resource_id = $1`, [
      thread.id,
    ])
    expect(audit.map((row) => row.action)).toContain('thread.transfer')
  })

  it('takes staff removed from a department out of its threads, off their list at once', async () => {
    const leaving = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', leaving.id)
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'نوبتم را لغو کنید')
    await postMessage(t, leaving, thread.id, 'بررسی می‌کنم')
    expect((await patch(leaving, thread.id, { assigneeId: leaving.id })).statusCode).toBe(200)
    const listed = async () =>
      ((await get(leaving, '/threads')).json() as { items: ThreadSummary[] }).items.map(
        (item) => item.id,
      )
    expect(await listed()).toContain(thread.id) // and now kept in the list cache
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/departments/reception/staff/${leaving.id}`,
      headers: admin.headers,
    })
    expect(removed.statusCode).toBe(204)
    expect(await listed()).not.toContain(thread.id)
    expect((await get(leaving, `/threads/${thread.id}`)).statusCode).toBe(404)
    const details = (await get(receptionist, `/threads/${thread.id}`)).json() as ThreadDetails
    expect(details.assigneeId).toBeNull()
    expect(details.participants.map((person) => person.id)).toEqual([patient.id])
  })

  it('closes and reopens; a closed thread takes no messages', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception')
    expect((await patch(patient, thread.id, { status: 'closed' })).json()).toMatchObject({
      status: 'closed',
    })
    expect((await postMessage(t, patient, thread.id, 'هنوز هستید؟')).json()).toMatchObject({
      status: 409,
      code: 'THREAD_CLOSED',
    })
    await patch(receptionist, thread.id, { status: 'open' })
    expect((await postMessage(t, patient, thread.id, 'ممنون')).statusCode).toBe(201)
    await patch(patient, thread.id, { status: 'archived' })
    const listed = (await get(patient, '/threads')).json() as { items: ThreadSummary[] }
    expect(listed.items.map((item) => item.id)).not.toContain(thread.id)
    const archived = (await get(patient, '/threads?status=archived')).json() as {
      items: ThreadSummary[]
    }
    expect(archived.items.map((item) => item.id)).toContain(thread.id)
  })

  it('opens a direct thread only with a psychologist I have an appointment with', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const create = (user: SignedInUser, userId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/threads',
        headers: user.headers,
        payload: { kind: 'direct', userId },
      })
    expect((await create(patient, psychologist.id)).json()).toMatchObject({
      status: 403,
      code: 'DIRECT_THREAD_NOT_ALLOWED',
    })
    await createConfirmedAppointment(t, patient.id, psychologist.id, 'pending')
    expect((await create(patient, psychologist.id)).statusCode).toBe(403)
    await createConfirmedAppointment(t, patient.id, psychologist.id)
    const first = await create(patient, psychologist.id)
    expect(first.statusCode).toBe(201)
    const thread = (first.json() as { thread: ThreadDetails }).thread
    expect(thread.counterpart?.id).toBe(psychologist.id)
    const again = await create(psychologist, patient.id)
    expect(again.statusCode).toBe(200)
    expect((again.json() as { thread: ThreadDetails }).thread.id).toBe(thread.id)
    const fromCare = await openDirectThread(t.database.db, {
      patientId: patient.id,
      psychologistId: psychologist.id,
    })
    expect(fromCare).toEqual({ threadId: thread.id, created: false })
    expect((await get(admin, `/threads/${thread.id}`)).statusCode).toBe(404)
    expect((await create(otherPatient, psychologist.id)).statusCode).toBe(403)
  })

  it('pages the thread list newest activity first', async () => {
    const user = await createSignedInUser(t, 'patient')
    const ids: string[] = []
    for (const text of ['یک', 'دو', 'سه']) {
      ids.push((await startDepartmentThread(t, user, 'technical', text)).thread.id)
    }
    await postMessage(t, user, ids[0] ?? '', 'تازه‌ترین')
    const first = (await get(user, '/threads?limit=2')).json() as {
      items: ThreadSummary[]
      nextCursor: string
    }
    expect(first.items.map((item) => item.id)).toEqual([ids[0], ids[2]])
    const second = (await get(user, `/threads?limit=2&cursor=${first.nextCursor}`)).json() as {
      items: ThreadSummary[]
      nextCursor: string | null
    }
    expect(second.items.map((item) => item.id)).toEqual([ids[1]])
    expect(second.nextCursor).toBeNull()
    expect((await get(user, '/threads?cursor=garbage')).statusCode).toBe(400)
  })

  it('lets an admin manage department staff; a patient cannot be staff', async () => {
    const newcomer = await createSignedInUser(t, 'psychologist')
    const url = `/api/v1/departments/clinical/staff/${newcomer.id}`
    expect((await t.app.inject({ method: 'PUT', url, headers: patient.headers })).statusCode).toBe(
      403,
    )
    expect((await t.app.inject({ method: 'PUT', url, headers: admin.headers })).statusCode).toBe(
      204,
    )
    const staff = (await get(admin, '/departments/clinical/staff')).json() as {
      items: { id: string }[]
    }
    expect(staff.items.map((person) => person.id)).toContain(newcomer.id)
    const asPatient = `/api/v1/departments/clinical/staff/${patient.id}`
    expect(
      (await t.app.inject({ method: 'PUT', url: asPatient, headers: admin.headers })).json(),
    ).toMatchObject({ code: 'DEPARTMENT_STAFF_INVALID' })
    expect((await t.app.inject({ method: 'DELETE', url, headers: admin.headers })).statusCode).toBe(
      204,
    )
  })
})

describe('the thread list on the wire', () => {
  let t: TestApp
  let reader: SignedInUser

  beforeAll(async () => {
    t = await createTestApp()
    reader = await createSignedInUser(t, 'patient')
  })
  afterAll(() => t.close())

  it('sends the list compressed to clients that accept it, the same page as uncompressed', async () => {
    for (const category of ['reception', 'clinical', 'billing', 'technical'] as const) {
      await startDepartmentThread(t, reader, category, `پیام اول به ${category} — سلام 👋`)
    }
    const plain = await t.app.inject({ url: '/api/v1/threads', headers: reader.headers })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.rawPayload.length).toBeGreaterThan(1024)
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const) {
      const response = await t.app.inject({
        url: '/api/v1/threads',
        headers: { ...reader.headers, 'accept-encoding': accept },
      })
      expect(response.headers['content-encoding']).toBe(encoding)
      expect(response.headers.vary).toContain('accept-encoding')
      expect(decode(response.rawPayload).toString()).toBe(plain.body)
    }
  })
})
