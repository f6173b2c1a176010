import type {
  CourseRecommendation,
  MessagePage,
  ThreadMessage,
  ThreadSummary,
} from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api, createCourse } from '../../../test/course-fixtures.ts'
import {
  closeAllSockets,
  connectSocket,
  createConfirmedAppointment,
  listen,
  nextEvent,
} from '../../../test/messaging-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let patient: SignedInUser
let psychologist: SignedInUser
let author: SignedInUser
let courseId: string

beforeAll(async () => {
  t = await createTestApp()
  author = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
  psychologist = await createSignedInUser(t, 'psychologist')
  await createConfirmedAppointment(t, patient.id, psychologist.id)
  const made = await createCourse(t, author, {
    course: { title: 'ثبت افکار', titleEn: 'Thought records' },
  })
  courseId = made.course.id
})
afterEach(() => closeAllSockets())
afterAll(() => t.close())

const recommend = (by: SignedInUser, to: SignedInUser, body: object) =>
  api<CourseRecommendation>(t, by, 'POST', `/api/v1/patients/${to.id}/course-recommendations`, body)

/** The direct threads this user is in, with that counterpart. */
async function threadsWith(user: SignedInUser, counterpartId: string) {
  const { body } = await api<{ items: ThreadSummary[] }>(t, user, 'GET', '/api/v1/threads')
  return body.items.filter((thread) => thread.counterpart?.id === counterpartId)
}

async function messagesOf(user: SignedInUser, threadId: string) {
  const { status, body } = await api<MessagePage>(
    t,
    user,
    'GET',
    `/api/v1/threads/${threadId}/messages`,
  )
  expect(status).toBe(200)
  return body.items
}

describe('a course recommendation in the thread', () => {
  it('is posted once by the psychologist, live, with the course, in the patient’s language', async () => {
    const socket = await connectSocket(await listen(t), patient.token)
    const live = nextEvent<ThreadMessage>(socket, 'message:new')
    const first = await recommend(psychologist, patient, {
      courseId,
      note: 'تا جلسهٔ بعد هر روز یک برگه',
    })
    expect(first.status).toBe(201)
    const heard = await live
    expect(heard).toMatchObject({
      senderId: psychologist.id,
      isSystem: false,
      content: 'دورهٔ «ثبت افکار» را به شما پیشنهاد می‌کنم.\n\nتا جلسهٔ بعد هر روز یک برگه',
      courseRecommendation: { courseId },
    })

    const [thread] = await threadsWith(patient, psychologist.id)
    expect(thread).toMatchObject({ kind: 'direct', unreadCount: 1 })
    const items = await messagesOf(patient, thread?.id ?? '')
    expect(items).toEqual([heard])
    expect(Object.keys(items[0]?.courseRecommendation ?? {})).toEqual(['courseId'])

    const again = await recommend(psychologist, patient, { courseId, note: 'یادآوری' })
    expect(again.status).toBe(200)
    expect(await messagesOf(psychologist, thread?.id ?? '')).toHaveLength(1)
  })

  it('reads in English for a patient who chose English', async () => {
    const english = await createSignedInUser(t, 'patient')
    await api(t, english, 'PATCH', '/api/v1/users/me', { preferences: { language: 'en' } })
    await createConfirmedAppointment(t, english.id, psychologist.id)
    expect((await recommend(psychologist, english, { courseId })).status).toBe(201)
    const [thread] = await threadsWith(english, psychologist.id)
    const [message] = await messagesOf(english, thread?.id ?? '')
    expect(message).toMatchObject({
      content: 'I recommend the course “Thought records” to you.',
      courseRecommendation: { courseId },
    })
  })

  it('stands when the thread takes no post, and is posted when made again later', async () => {
    const other = await createCourse(t, author, { course: { title: 'خواب بهتر' } })
    const [thread] = await threadsWith(patient, psychologist.id)
    const threadId = thread?.id ?? ''
    const setStatus = (status: string) =>
      t.database.query('UPDATE message_threads SET status = $1 WHERE id = $2', [status, threadId])
    await setStatus('closed')
    const body = { courseId: other.course.id }
    expect((await recommend(psychologist, patient, body)).status).toBe(201)
    const mine = await api<{ items: CourseRecommendation[] }>(
      t,
      patient,
      'GET',
      '/api/v1/users/me/course-recommendations',
    )
    expect(mine.body.items[0]?.course.id).toBe(other.course.id)
    expect(await messagesOf(patient, threadId)).toHaveLength(1)

    await setStatus('open')
    expect((await recommend(psychologist, patient, body)).status).toBe(200)
    const items = await messagesOf(patient, threadId)
    expect(items.map((item) => item.courseRecommendation?.courseId)).toEqual([
      courseId,
      other.course.id,
    ])
  })

  it('is not posted by a psychologist who does not treat the patient', async () => {
    const stranger = await createSignedInUser(t, 'psychologist')
    const refused = await recommend(stranger, patient, { courseId })
    expect(refused.status).toBe(404)
    expect(await threadsWith(patient, stranger.id)).toEqual([])
    const [row] = await t.database.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM messages WHERE sender_id = $1',
      [stranger.id],
    )
    expect(row?.count).toBe(0)
  })
})
