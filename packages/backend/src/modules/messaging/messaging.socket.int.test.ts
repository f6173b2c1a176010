import type {
  SendMessageResult,
  ThreadMessage,
  ThreadReadEvent,
  ThreadUpdatedEvent,
  TypingIndicator,
} from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  ack,
  addDepartmentStaff,
  clientId,
  closeAllSockets,
  collect,
  connectSocket,
  listen,
  nextEvent,
  postMessage,
  sleep,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

type SendAck = { ok: true; data: SendMessageResult } | { ok: false; error: { code: string } }

describe('messaging over Socket.IO', () => {
  let t: TestApp
  let origin: string
  let patient: SignedInUser
  let staff: SignedInUser

  beforeAll(async () => {
    t = await createTestApp({ env: { MESSAGE_SEND_LIMIT: '1000' } })
    origin = await listen(t)
    patient = await createSignedInUser(t, 'patient')
    staff = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', staff.id)
  })
  afterEach(() => closeAllSockets())
  afterAll(() => t.close())

  it('refuses a bad token or a foreign origin, and anonymous sockets get nothing', async () => {
    await expect(connectSocket(origin, 'x'.repeat(43))).rejects.toThrow('UNAUTHENTICATED')
    await expect(
      connectSocket(origin, patient.token, { origin: 'https://evil.example' }),
    ).rejects.toThrow()
    const { thread } = await startDepartmentThread(t, patient)
    const anonymous = await connectSocket(origin, undefined)
    expect(await ack(anonymous, 'thread:join', { threadId: thread.id })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(await ack(anonymous, 'authenticate', { token: patient.token })).toMatchObject({
      ok: true,
    })
    expect(await ack(anonymous, 'thread:join', { threadId: thread.id })).toMatchObject({ ok: true })
    const allowed = await connectSocket(origin, patient.token)
    expect(await ack(allowed, 'thread:join', { threadId: thread.id })).toMatchObject({ ok: true })
  })

  it('lets only participants and department staff join a thread', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const stranger = await createSignedInUser(t, 'patient')
    const outsider = await createSignedInUser(t, 'psychologist')
    for (const user of [stranger, outsider]) {
      const socket = await connectSocket(origin, user.token)
      expect(await ack(socket, 'thread:join', { threadId: thread.id })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
      const sent = await ack<SendAck>(socket, 'message:send', {
        threadId: thread.id,
        content: 'نفوذ',
        clientId: clientId(),
      })
      expect(sent).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    const staffSocket = await connectSocket(origin, staff.token)
    const patientSocket = await connectSocket(origin, patient.token)
    expect(await ack(staffSocket, 'thread:join', { threadId: thread.id })).toEqual({
      ok: true,
      data: { threadId: thread.id, onlineUserIds: [patient.id] },
    })
    expect(await ack(patientSocket, 'thread:join', { threadId: thread.id })).toMatchObject({
      ok: true,
    })
  })

  it('acknowledges a send after commit, broadcasts once, and answers a retry with the first', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const patientSocket = await connectSocket(origin, patient.token)
    const staffSocket = await connectSocket(origin, staff.token)
    await ack(staffSocket, 'thread:join', { threadId: thread.id })
    const received = collect<ThreadMessage>(staffSocket, 'message:new')
    const payload = { threadId: thread.id, content: 'سلام 😊 از سوکت', clientId: clientId() }
    const first = await ack<SendAck>(patientSocket, 'message:send', payload)
    if (!first.ok) throw new Error(first.error.code)
    const stored = await t.database.query('SELECT content FROM messages WHERE id = $1', [
      first.data.message.id,
    ])
    expect(stored[0]?.content).toBe(payload.content)
    const retry = await ack<SendAck>(patientSocket, 'message:send', payload)
    // A patient's words carry the safety module's decision, the retry the same one.
    expect(first.data.safety).toEqual({ level: 'none', reasons: [] })
    expect(retry).toEqual({
      ok: true,
      data: { message: first.data.message, duplicate: true, safety: first.data.safety },
    })
    await sleep(300)
    expect(received.map((message) => message.id)).toEqual([first.data.message.id])
  })

  it('sends no copy to the sending socket, which has its ack, but one to the sender’s other tab', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const sendingTab = await connectSocket(origin, patient.token)
    const otherTab = await connectSocket(origin, patient.token)
    const staffSocket = await connectSocket(origin, staff.token)
    for (const socket of [sendingTab, otherTab, staffSocket])
      await ack(socket, 'thread:join', { threadId: thread.id })
    const [bySender, byOtherTab, byStaff] = [sendingTab, otherTab, staffSocket].map((socket) =>
      collect<ThreadMessage>(socket, 'message:new'),
    )
    const sent = await ack<SendAck>(sendingTab, 'message:send', {
      threadId: thread.id,
      content: 'از زبانهٔ اول',
      clientId: clientId(),
    })
    if (!sent.ok) throw new Error(sent.error.code)
    await sleep(300)
    expect(byOtherTab?.map((message) => message.id)).toEqual([sent.data.message.id])
    expect(byStaff?.map((message) => message.id)).toEqual([sent.data.message.id])
    expect(bySender).toEqual([])
  })

  it('broadcasts messages sent over REST, edits and thread changes to the room', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const patientSocket = await connectSocket(origin, patient.token)
    await ack(patientSocket, 'thread:join', { threadId: thread.id })
    const incoming = nextEvent<ThreadMessage>(patientSocket, 'message:new')
    const sent = await postMessage(t, staff, thread.id, 'پاسخ از پنل')
    expect((await incoming).id).toBe(sent.json().message.id)
    const updated = nextEvent<ThreadMessage>(patientSocket, 'message:updated')
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/threads/${thread.id}/messages/${sent.json().message.id}`,
      headers: staff.headers,
      payload: { content: 'پاسخ ویرایش‌شده' },
    })
    expect(await updated).toMatchObject({ content: 'پاسخ ویرایش‌شده' })
    const closed = nextEvent(patientSocket, 'thread:updated', 3_000, (e: { status?: string }) => {
      return e.status === 'closed'
    })
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/threads/${thread.id}`,
      headers: staff.headers,
      payload: { status: 'closed' },
    })
    expect(await closed).toMatchObject({ id: thread.id, assigneeId: null })
  })

  it('tells the writer live when the other side has read, once per move of the marker', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    await postMessage(t, staff, thread.id, 'سلام، در خدمتم')
    const sent = await postMessage(t, patient, thread.id, 'ممنون، دیدید؟')
    const { seq } = (sent.json() as SendMessageResult).message
    const patientSocket = await connectSocket(origin, patient.token)
    await ack(patientSocket, 'thread:join', { threadId: thread.id })
    const reads = collect<ThreadReadEvent>(patientSocket, 'thread:read')
    const seen = nextEvent<ThreadReadEvent>(patientSocket, 'thread:read')
    const markRead = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/threads/${thread.id}/read`,
        headers: staff.headers,
        payload: {},
      })
    expect((await markRead()).statusCode).toBe(200)
    expect(await seen).toMatchObject({ threadId: thread.id, userId: staff.id, lastReadSeq: seq })
    expect((await seen).lastReadAt).not.toBeNull()
    await markRead()
    await sleep(300)
    expect(reads).toHaveLength(1)
  })

  it('keeps department staff inboxes live without opening threads', async () => {
    const watcher = await connectSocket(origin, staff.token)
    await sleep(200)
    const created = nextEvent<ThreadUpdatedEvent>(watcher, 'thread:updated', 3_000, (event) => {
      return event.category === 'reception'
    })
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'پیام تازه')
    expect(await created).toMatchObject({ id: thread.id, status: 'open', lastSeq: 1 })
    const outsider = await connectSocket(
      origin,
      (await createSignedInUser(t, 'psychologist')).token,
    )
    const heard = collect(outsider, 'thread:updated')
    await startDepartmentThread(t, patient, 'reception', 'یکی دیگر')
    await sleep(300)
    expect(heard).toEqual([])
  })

  it('relays typing, at most every 2 s, and ends it after 5 s without a refresh', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const patientSocket = await connectSocket(origin, patient.token)
    const staffSocket = await connectSocket(origin, staff.token)
    expect(await ack(patientSocket, 'typing:start', { threadId: thread.id })).toMatchObject({
      ok: false,
      error: { code: 'THREAD_NOT_JOINED' },
    })
    await ack(patientSocket, 'thread:join', { threadId: thread.id })
    await ack(staffSocket, 'thread:join', { threadId: thread.id })
    const indicators = collect<TypingIndicator>(staffSocket, 'typing:indicator')
    patientSocket.emit('typing:start', { threadId: thread.id })
    patientSocket.emit('typing:start', { threadId: thread.id })
    patientSocket.emit('typing:start', { threadId: thread.id })
    await sleep(300)
    expect(indicators).toEqual([
      { threadId: thread.id, userId: patient.id, isTyping: true, expiresInMs: 5000 },
    ])
    const ended = nextEvent<TypingIndicator>(staffSocket, 'typing:indicator', 6_500)
    expect(await ended).toMatchObject({ isTyping: false, userId: patient.id })
  })

  it('tells people sharing a thread when someone comes online and goes, counting tabs once', async () => {
    const someone = await createSignedInUser(t, 'patient')
    await startDepartmentThread(t, someone)
    const { thread } = await startDepartmentThread(t, someone)
    await postMessage(t, staff, thread.id, 'پاسخ')
    const watcher = await connectSocket(origin, staff.token)
    const online = collect<{ userId: string }>(watcher, 'user:online')
    const offline = collect<{ userId: string }>(watcher, 'user:offline')
    const firstTab = await connectSocket(origin, someone.token)
    const secondTab = await connectSocket(origin, someone.token)
    await sleep(300)
    expect(online.filter((event) => event.userId === someone.id)).toHaveLength(1)
    firstTab.disconnect()
    await sleep(300)
    expect(offline.filter((event) => event.userId === someone.id)).toHaveLength(0)
    const gone = nextEvent(watcher, 'user:offline', 3_000, (e: { userId: string }) => {
      return e.userId === someone.id
    })
    secondTab.disconnect()
    await gone
  })

  it('survives malformed packets and answers bad payloads with VALIDATION_FAILED', async () => {
    const { thread } = await startDepartmentThread(t, patient)
    const socket = await connectSocket(origin, patient.token)
    for (const payload of [
      null,
      'thread',
      42,
      [],
      { threadId: 'not-a-uuid', content: 'x', clientId: clientId() },
      { threadId: thread.id, content: '', clientId: clientId() },
      { threadId: thread.id, content: 'x'.repeat(4001), clientId: clientId() },
      { threadId: thread.id, content: { $ne: 1 }, clientId: clientId() },
      { threadId: thread.id, content: 'x' },
    ]) {
      expect(await ack(socket, 'message:send', payload)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      })
    }
    socket.emit('message:send')
    socket.emit('thread:join', { threadId: thread.id }, 'not a function')
    socket.emit('typing:start', { threadId: 7 })
    socket.emit('no-such-event', { a: 1 })
    // Packets no client library would send: broken Socket.IO JSON, then Engine.IO garbage.
    const attacker = await connectSocket(origin, patient.token)
    attacker.io.engine.write('2["message:send",{"threadId":')
    const rawTransport = attacker.io.engine.transport as unknown as {
      ws?: { send(d: string): void }
    }
    rawTransport.ws?.send('\u0000\u0001garbage')
    await sleep(300)
    const still = await ack<SendAck>(socket, 'message:send', {
      threadId: thread.id,
      content: 'هنوز کار می‌کند',
      clientId: clientId(),
    })
    expect(still.ok).toBe(true)
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200)
  })
})
