import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  addDepartmentStaff,
  createConfirmedAppointment,
  postMessage,
  startDepartmentThread,
} from '../../../test/messaging-fixtures.ts'
import { eventually, queuedNotifications } from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import {
  MESSAGE_DIGEST_JOB,
  type MessageDigestJob,
  queueMessageDigests,
  sendDigestIfUnread,
} from './message-digest-job.ts'
import { messagingDepsOf } from './messaging-deps.ts'

interface DigestRow {
  id: string
  start_after: Date
  data: MessageDigestJob
}

const WINDOW = 15 * 60_000

describe('messaging notices: digests for people away, inbox assignments for staff', () => {
  let t: TestApp
  let patient: SignedInUser
  let psychologist: SignedInUser
  let threadId: string

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true })
    patient = await createSignedInUser(t, 'patient')
    psychologist = await createSignedInUser(t, 'psychologist')
    await createConfirmedAppointment(t, patient.id, psychologist.id)
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/threads',
      headers: patient.headers,
      payload: { kind: 'direct', userId: psychologist.id },
    })
    expect(created.statusCode, created.body).toBe(201)
    threadId = created.json().thread.id
  })
  afterAll(() => t.close())

  const queue = () => {
    if (!t.jobs) throw new Error('the test app runs without jobs')
    return t.jobs
  }
  const digestJobs = (recipientId: string) =>
    t.database.query<DigestRow>(
      `SELECT id, start_after, data FROM pgboss.job
       WHERE name = $1 AND data->>'threadId' = $2 AND data->>'recipientId' = $3
       ORDER BY data->>'windowStart'`,
      [MESSAGE_DIGEST_JOB, threadId, recipientId],
    )
  const digests = async () =>
    (await queuedNotifications(t, 'threadId', threadId)).filter(
      (n) => n.data.category === 'message_digest',
    )

  it('holds one digest job per thread, recipient and 15-minute window', async () => {
    const runtime = messagingDepsOf(t.app)
    // A fixed clock far ahead, so none of these jobs falls due while the test looks at them.
    const at = (time: string) => new Date(`2031-03-20T${time}Z`)
    await queueMessageDigests(runtime, threadId, [psychologist.id], at('10:01:00'))
    await queueMessageDigests(runtime, threadId, [psychologist.id], at('10:14:59'))
    await queueMessageDigests(runtime, threadId, [psychologist.id], at('10:15:00'))
    const jobs = (await digestJobs(psychologist.id)).filter((j) =>
      j.data.windowStart.startsWith('2031-03-20'),
    )
    expect(jobs.map((j) => [j.data.windowStart, new Date(j.start_after).toISOString()])).toEqual([
      ['2031-03-20T10:00:00.000Z', '2031-03-20T10:15:00.000Z'],
      ['2031-03-20T10:15:00.000Z', '2031-03-20T10:30:00.000Z'],
    ])
  })

  it('two messages inside a window make one digest; its run tells the person how many are unread', async () => {
    for (const text of ['سلام', 'وقت دارید؟']) {
      expect((await postMessage(t, patient, threadId, text)).statusCode).toBe(201)
    }
    await eventually('the digest job', async () => (await digestJobs(psychologist.id)).length > 2)
    const live = (await digestJobs(psychologist.id)).filter(
      (j) => !j.data.windowStart.startsWith('2031'),
    )
    // The two sends may straddle a window edge; then each window holds its own single job.
    const windows = new Set(live.map((j) => j.data.windowStart))
    expect(live).toHaveLength(windows.size)
    const job = live[0]?.data as MessageDigestJob
    expect(Date.parse(job.windowStart) % WINDOW).toBe(0)
    expect(JSON.stringify(live)).not.toContain('وقت دارید')

    expect(await sendDigestIfUnread(t.database.db, queue(), job)).toBe(true)
    expect((await digests()).map((n) => n.data)).toEqual([
      {
        eventKey: `thread:${threadId}:digest:${job.windowStart}`,
        recipientId: psychologist.id,
        category: 'message_digest',
        templateKey: 'message.digest',
        params: { threadId, unreadCount: 2 },
        link: `/messages/${threadId}`,
      },
    ])
  })

  it('sends nothing when the person read the thread meanwhile', async () => {
    expect((await postMessage(t, patient, threadId, 'یک پیام دیگر')).statusCode).toBe(201)
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/threads/${threadId}/read`,
      headers: psychologist.headers,
      payload: {},
    })
    expect(read.statusCode, read.body).toBe(200)
    const before = (await digests()).length
    const job = { threadId, recipientId: psychologist.id, windowStart: '2031-03-20T10:15:00.000Z' }
    expect(await sendDigestIfUnread(t.database.db, queue(), job)).toBe(false)
    expect(await digests()).toHaveLength(before)
    // Nor to someone who is not in the thread at all.
    const stranger = { ...job, recipientId: (await createSignedInUser(t, 'patient')).id }
    expect(await sendDigestIfUnread(t.database.db, queue(), stranger)).toBe(false)
  })

  it('runs a due digest through the worker', async () => {
    expect((await postMessage(t, patient, threadId, 'هنوز آنجایید؟')).statusCode).toBe(201)
    const runtime = messagingDepsOf(t.app)
    // A window that has already ended is due at once.
    const past = new Date(Date.now() - 2 * WINDOW)
    await queueMessageDigests(runtime, threadId, [psychologist.id], past)
    const windowStart = new Date(Math.floor(past.getTime() / WINDOW) * WINDOW).toISOString()
    const key = `thread:${threadId}:digest:${windowStart}`
    await eventually('the worker’s digest notice', async () =>
      (await digests()).some((n) => n.data.eventKey === key),
    )
    const notice = (await digests()).find((n) => n.data.eventKey === key)
    expect(notice?.data.params).toEqual({ threadId, unreadCount: 1 })
  })

  it('tells a staff member a conversation was assigned to them, not when they take it themselves', async () => {
    const receptionist = await createSignedInUser(t, 'psychologist')
    const colleague = await createSignedInUser(t, 'psychologist')
    await addDepartmentStaff(t, 'reception', receptionist.id)
    await addDepartmentStaff(t, 'reception', colleague.id)
    const { thread } = await startDepartmentThread(t, patient, 'reception', 'درباره‌ی نوبتم')
    const assign = (by: SignedInUser, assigneeId: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/threads/${thread.id}`,
        headers: by.headers,
        payload: { assigneeId },
      })
    const assignments = async () =>
      (await queuedNotifications(t, 'threadId', thread.id)).filter(
        (n) => n.data.category === 'inbox_assignment',
      )

    expect((await assign(receptionist, receptionist.id)).statusCode).toBe(200)
    expect(await assignments()).toEqual([])
    expect((await assign(receptionist, colleague.id)).statusCode).toBe(200)
    const [notice, ...more] = await assignments()
    expect(more).toEqual([])
    expect(notice?.data).toMatchObject({
      recipientId: colleague.id,
      category: 'inbox_assignment',
      templateKey: 'inbox.assigned',
      params: { threadId: thread.id },
      link: `/messages/${thread.id}`,
    })
    expect(notice?.data.eventKey).toMatch(new RegExp(`^thread:${thread.id}:assigned:\\d+$`))
    // Saving the same assignee again is no news.
    expect((await assign(receptionist, colleague.id)).statusCode).toBe(200)
    expect(await assignments()).toHaveLength(1)
  })
})
