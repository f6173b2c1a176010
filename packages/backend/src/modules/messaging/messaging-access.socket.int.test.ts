import type { SendMessageResult, ThreadMessage } from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  ack,
  addDepartmentStaff,
  clientId,
  closeAllSockets,
  collect,
  connectRecoverableSocket,
  connectSocket,
  createConfirmedAppointment,
  dropConnection,
  listen,
  nextEvent,
  postMessage,
  sleep,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { MESSAGE_DIGEST_JOB, type MessageDigestJob } from './message-digest-job.ts'

type SendAck = { ok: true; data: SendMessageResult } | { ok: false; error: { code: string } }

describe('removal, recovery and offline receivers over Socket.IO', () => {
  let t: TestApp
  let origin: string
  let patient: SignedInUser
  let receptionist: SignedInUser
  let admin: SignedInUser

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true, env: { MESSAGE_SEND_LIMIT: '1000' } })
    origin = await listen(t)
    patient = await createSignedInUser(t, 'patient')
    receptionist = await createSignedInUser(t, 'psychologist')
    admin = await createSignedInUser(t, 'admin')
    await addDepartmentStaff(t, 'reception', receptionist.id)
  })
  afterEach(() => closeAllSockets())
  afterAll(() => t.close())

  const participants = (threadId: string, method: 'POST' | 'DELETE', userId: string) =>
    t.app.inject({
      method,
      url: `/api/v1/threads/${threadId}/participants${method === 'DELETE' ? `/${userId}` : ''}`,
      headers: admin.headers,
      ...(method === 'POST' ? { payload: { userId } } : {}),
    })

  it('sends nothing more to a removed participant, and refuses their join', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'به روان‌شناس نیاز دارم')
    const consultant = await createSignedInUser(t, 'psychologist')
    expect((await participants(thread.id, 'POST', consultant.id)).statusCode).toBe(204)
    const consultantSocket = await connectSocket(origin, consultant.token)
    const staffSocket = await connectSocket(origin, receptionist.token)
    expect(await ack(consultantSocket, 'thread:join', { threadId: thread.id })).toMatchObject({
      ok: true,
    })
    await ack(staffSocket, 'thread:join', { threadId: thread.id })
    const before = nextEvent<ThreadMessage>(consultantSocket, 'message:new')
    await postMessage(t, patient, thread.id, 'پیش از حذف')
    await before
    const heard = collect(consultantSocket, 'message:new')
    const updates = collect(consultantSocket, 'thread:updated')
    expect((await participants(thread.id, 'DELETE', consultant.id)).statusCode).toBe(204)
    const staffGot = nextEvent<ThreadMessage>(staffSocket, 'message:new')
    await postMessage(t, patient, thread.id, 'پس از حذف')
    expect((await staffGot).content).toBe('پس از حذف')
    await sleep(500)
    expect(heard).toEqual([])
    expect(updates).toEqual([])
    expect(await ack(consultantSocket, 'thread:join', { threadId: thread.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await participants(thread.id, 'DELETE', patient.id)).json()).toMatchObject({
      code: 'PARTICIPANT_INVALID',
    })
  })

  it('replays missed messages to a recovered socket, but not those of a thread it lost', async () => {
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'شروع')
    const consultant = await createSignedInUser(t, 'psychologist')
    await participants(thread.id, 'POST', consultant.id)
    const consultantSocket = await connectRecoverableSocket(origin, consultant.token)
    const staffSocket = await connectRecoverableSocket(origin, receptionist.token)
    await ack(consultantSocket, 'thread:join', { threadId: thread.id })
    await ack(staffSocket, 'thread:join', { threadId: thread.id })
    // A client can only ask for recovery once it holds the offset of a broadcast it received.
    const primed = [
      nextEvent(consultantSocket, 'message:new'),
      nextEvent(staffSocket, 'message:new'),
    ]
    await postMessage(t, patient, thread.id, 'همه هستیم')
    await Promise.all(primed)
    const consultantHeard = collect<ThreadMessage>(consultantSocket, 'message:new')
    const staffHeard = collect<ThreadMessage>(staffSocket, 'message:new')
    dropConnection(consultantSocket)
    dropConnection(staffSocket)
    await sleep(200)
    await participants(thread.id, 'DELETE', consultant.id)
    await postMessage(t, patient, thread.id, 'وقتی قطع بودید')
    await Promise.all([nextEvent(consultantSocket, 'connect'), nextEvent(staffSocket, 'connect')])
    await sleep(300)
    expect(staffSocket.recovered).toBe(true)
    expect(staffHeard.map((message) => message.content)).toEqual(['وقتی قطع بودید'])
    expect(consultantSocket.recovered).toBe(true)
    expect(consultantHeard).toEqual([])
    await postMessage(t, patient, thread.id, 'بعد از بازگشت')
    await sleep(300)
    expect(consultantHeard).toEqual([])
  })

  it('queues a message digest for a participant with no live connection', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    await createConfirmedAppointment(t, patient.id, psychologist.id)
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/threads',
      headers: patient.headers,
      payload: { kind: 'direct', userId: psychologist.id },
    })
    const threadId = created.json().thread.id as string
    const patientSocket = await connectSocket(origin, patient.token)
    const send = (content: string) =>
      ack<SendAck>(patientSocket, 'message:send', { threadId, content, clientId: clientId() })
    const offline = await send('دکتر، وقت دارید؟')
    if (!offline.ok) throw new Error(offline.error.code)
    const jobs = () =>
      t.database.query<{ data: MessageDigestJob; start_after: Date }>(
        `SELECT data, start_after FROM pgboss.job WHERE name = $1 AND data->>'threadId' = $2`,
        [MESSAGE_DIGEST_JOB, threadId],
      )
    await waitFor(async () => (await jobs()).length === 1)
    const [job] = await jobs()
    expect(job?.data).toMatchObject({ threadId, recipientId: psychologist.id })
    // Due when its 15-minute window ends; the message itself is not in the job.
    const windowStart = Date.parse(job?.data.windowStart ?? '')
    expect(windowStart % (15 * 60_000)).toBe(0)
    expect(new Date(job?.start_after ?? 0).getTime()).toBe(windowStart + 15 * 60_000)
    expect(JSON.stringify(job?.data)).not.toContain('وقت دارید')
    // Gone, so that a job for the same window could not hide behind the first one's id.
    await t.database.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'threadId' = $2`, [
      MESSAGE_DIGEST_JOB,
      threadId,
    ])
    const psychologistSocket = await connectSocket(origin, psychologist.token)
    const live = nextEvent<ThreadMessage>(psychologistSocket, 'message:new')
    await send('حالا آنلاین هستید')
    expect((await live).content).toBe('حالا آنلاین هستید')
    await sleep(500)
    expect(await jobs()).toEqual([])
  })
})

describe('socket send rate limit', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ env: { MESSAGE_SEND_LIMIT: '2', MESSAGE_SEND_WINDOW_SECONDS: '60' } })
  })
  afterEach(() => closeAllSockets())
  afterAll(() => t.close())

  it('answers a flood with MESSAGE_RATE_LIMITED and stores nothing past the limit', async () => {
    const origin = await listen(t)
    const patient = await createSignedInUser(t, 'patient')
    const { thread } = await startDepartmentThread(t, patient, 'technical', 'یک')
    const socket = await connectSocket(origin, patient.token)
    const answers = await Promise.all(
      ['دو', 'سه', 'چهار'].map((content) =>
        ack<SendAck>(socket, 'message:send', {
          threadId: thread.id,
          content,
          clientId: clientId(),
        }),
      ),
    )
    // Sends race through the access check, so which one is refused varies; how many does not.
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual([
      'MESSAGE_RATE_LIMITED',
      'MESSAGE_RATE_LIMITED',
      'ok',
    ])
    const rows = await t.database.query('SELECT 1 FROM messages WHERE thread_id = $1', [thread.id])
    expect(rows).toHaveLength(2)
  })
})

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(100)
  }
}
