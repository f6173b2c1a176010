import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SendMessageResult, ThreadMessage, ThreadSummary } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { photo, SMALL_PDF, uploaded } from '../../../test/file-fixtures.ts'
import {
  ack,
  addDepartmentStaff,
  clientId,
  closeAllSockets,
  connectSocket,
  listen,
  nextEvent,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { messageAttachments } from '../files/message-attachments.service.ts'
import { provideMessageAttachments } from './message-attachments.ts'

let t: TestApp
let dataDir: string
let patient: SignedInUser
let staff: SignedInUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-attach-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir, MESSAGE_SEND_LIMIT: '1000' } })
  patient = await createSignedInUser(t, 'patient')
  staff = await createSignedInUser(t, 'psychologist')
  await addDepartmentStaff(t, 'clinical', staff.id)
})

afterAll(async () => {
  closeAllSockets()
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

function send(user: SignedInUser, threadId: string, payload: object) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/threads/${threadId}/messages`,
    headers: user.headers,
    payload,
  })
}

async function messages(user: SignedInUser, threadId: string): Promise<ThreadMessage[]> {
  const response = await t.app.inject({
    url: `/api/v1/threads/${threadId}/messages`,
    headers: user.headers,
  })
  expect(response.statusCode).toBe(200)
  return response.json().items
}

const attachment = (user: SignedInUser, name = 'scan.pdf') =>
  uploaded(t, user, 'attachment', SMALL_PDF, { filename: name })

describe('sending messages with attachments', () => {
  it('writes the message with its files, and every page and reader sees them', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const image = await uploaded(t, patient, 'attachment', await photo(800, 600), {
      filename: 'نسخه.jpg',
    })
    const pdf = await attachment(patient, 'آزمایش.pdf')
    const response = await send(patient, thread.id, {
      content: 'نتیجهٔ آزمایش',
      attachmentIds: [image.id, pdf.id],
    })
    expect(response.statusCode).toBe(201)
    const { message } = response.json() as SendMessageResult
    expect(message.attachments).toEqual([
      {
        id: image.id,
        mime: 'image/webp',
        size: image.size,
        displayName: 'نسخه.jpg',
        width: 800,
        height: 600,
        url: `/api/v1/files/${image.id}`,
        fallbackUrl: `/api/v1/files/${image.id}/fallback`,
      },
      {
        id: pdf.id,
        mime: 'application/pdf',
        size: pdf.size,
        displayName: 'آزمایش.pdf',
        width: null,
        height: null,
        url: `/api/v1/files/${pdf.id}`,
        fallbackUrl: null,
      },
    ])
    const listed = await messages(staff, thread.id)
    expect(listed.map((item) => item.attachments.length)).toEqual([0, 2])
    expect(listed.at(-1)).toEqual(message)
    const download = await t.app.inject({ url: pdf.url, headers: staff.headers })
    expect(download.statusCode).toBe(200)
    expect(download.headers['content-disposition']).toMatch(/^attachment/)
  })

  it('reads a page’s attachments in one call, not one per message', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    for (let n = 0; n < 3; n++) {
      const pdf = await attachment(patient, `برگه ${n}.pdf`)
      expect((await send(patient, thread.id, { attachmentIds: [pdf.id] })).statusCode).toBe(201)
    }
    const calls: string[][] = []
    provideMessageAttachments({
      ...messageAttachments,
      list: (db, ids) => {
        calls.push(ids)
        return messageAttachments.list(db, ids)
      },
    })
    try {
      const listed = await messages(staff, thread.id)
      expect(listed.map((item) => item.attachments.map((file) => file.displayName))).toEqual([
        [],
        ['برگه 0.pdf'],
        ['برگه 1.pdf'],
        ['برگه 2.pdf'],
      ])
      expect(calls).toEqual([listed.map((item) => item.id)])
    } finally {
      provideMessageAttachments(messageAttachments)
    }
  })

  it('sends attachments without text, and the thread list previews it as empty', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const pdf = await attachment(patient)
    const response = await send(patient, thread.id, { attachmentIds: [pdf.id] })
    expect(response.statusCode).toBe(201)
    expect(response.json().message).toMatchObject({ content: '', attachments: [{ id: pdf.id }] })
    const list = await t.app.inject({ url: '/api/v1/threads', headers: patient.headers })
    const summary = (list.json().items as ThreadSummary[]).find((item) => item.id === thread.id)
    expect(summary?.lastMessage).toMatchObject({ preview: '', isSystem: false })
  })

  it('answers a retry with the same client id with the first message and its files', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const pdf = await attachment(patient)
    const body = { attachmentIds: [pdf.id], clientId: clientId() }
    const first = await send(patient, thread.id, body)
    expect(first.statusCode).toBe(201)
    const again = await send(patient, thread.id, body)
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ message: first.json().message, duplicate: true })
  })

  it('refuses files that are not the sender’s ready, unused attachments, and sends nothing', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const stranger = await createSignedInUser(t, 'patient')
    const strangers = await attachment(stranger)
    const recipients = await attachment(staff)
    const avatar = await uploaded(t, patient, 'avatar', await photo(64, 64))
    const used = await attachment(patient)
    expect((await send(patient, thread.id, { attachmentIds: [used.id] })).statusCode).toBe(201)
    const mine = await attachment(patient)
    const before = await messages(patient, thread.id)
    for (const foreign of [strangers.id, recipients.id, avatar.id, used.id, crypto.randomUUID()]) {
      const refused = await send(patient, thread.id, {
        content: 'با پیوست',
        attachmentIds: [mine.id, foreign],
      })
      expect(refused.statusCode).toBe(409)
      expect(refused.json().code).toBe('FILE_NOT_USABLE')
    }
    expect(await messages(patient, thread.id)).toEqual(before)
    // The refused sends left my own file free for the next one.
    expect((await send(patient, thread.id, { attachmentIds: [mine.id] })).statusCode).toBe(201)
  })

  it('refuses too many attachments, the same one twice, and a message with nothing', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const ids = Array.from({ length: 6 }, () => crypto.randomUUID())
    for (const payload of [
      { content: 'شش فایل', attachmentIds: ids },
      { attachmentIds: [ids[0], ids[0]] },
      { attachmentIds: [] },
      {},
    ]) {
      const refused = await send(patient, thread.id, payload)
      expect(refused.statusCode).toBe(400)
      expect(refused.json().code).toBe('VALIDATION_FAILED')
    }
  })

  it('sends attachments over the socket and broadcasts them in message:new', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const origin = await listen(t)
    const patientSocket = await connectSocket(origin, patient.token)
    const staffSocket = await connectSocket(origin, staff.token)
    await ack(staffSocket, 'thread:join', { threadId: thread.id })
    const pdf = await attachment(patient)
    const heard = nextEvent<ThreadMessage>(staffSocket, 'message:new')
    const sent = await ack<{ ok: boolean; data: SendMessageResult }>(
      patientSocket,
      'message:send',
      { threadId: thread.id, clientId: clientId(), attachmentIds: [pdf.id] },
    )
    expect(sent.ok).toBe(true)
    expect(sent.data.message.attachments.map((item) => item.id)).toEqual([pdf.id])
    expect(await heard).toEqual(sent.data.message)
    const refused = await ack(patientSocket, 'message:send', {
      threadId: thread.id,
      clientId: clientId(),
      attachmentIds: [pdf.id],
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_NOT_USABLE' } })
  })

  it('keeps attachments from a member once removed from the thread', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'clinical')
    const member = await createSignedInUser(t, 'psychologist')
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${thread.id}/participants`,
      headers: staff.headers,
      payload: { userId: member.id },
    })
    expect(added.statusCode).toBe(204)
    const pdf = await attachment(patient)
    expect((await send(patient, thread.id, { attachmentIds: [pdf.id] })).statusCode).toBe(201)
    expect((await t.app.inject({ url: pdf.url, headers: member.headers })).statusCode).toBe(200)
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/threads/${thread.id}/participants/${member.id}`,
      headers: staff.headers,
    })
    expect(removed.statusCode).toBe(204)
    expect((await t.app.inject({ url: pdf.url, headers: member.headers })).statusCode).toBe(404)
  })
})
