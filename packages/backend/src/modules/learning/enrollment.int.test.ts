import type { CourseDetail, Enrollment } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import { api, createCourse, moodLesson } from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let author: SignedInUser
let learner: SignedInUser

beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_URL: 'https://yektayar.test' } })
  author = await createSignedInUser(t, 'admin')
  learner = await createSignedInUser(t, 'patient')
})
afterAll(() => t.close())

const enrollIn = (courseId: string, user = learner) =>
  api<Enrollment & { code?: string }>(t, user, 'POST', `/api/v1/courses/${courseId}/enroll`)
const detail = (courseId: string, user: SignedInUser | undefined = learner) =>
  api<CourseDetail & { code?: string }>(t, user, 'GET', `/api/v1/courses/${courseId}`)

describe('enrolling', () => {
  it('is idempotent: the same enrolment again, 201 then 200', async () => {
    const { course } = await createCourse(t, author)
    const first = await enrollIn(course.id)
    const again = await enrollIn(course.id)
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.body.id).toBe(first.body.id)
    expect(first.body).toMatchObject({ courseId: course.id, progress: 0, completedAt: null })
    const [row] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM enrollments WHERE course_id = $1',
      [course.id],
    )
    expect(row?.n).toBe(1)
  })

  it('answers 404 for an unpublished course, to enrol in or to open, but not to its author', async () => {
    const { course } = await createCourse(t, author, { publish: false })
    const enrolled = await enrollIn(course.id)
    expect(enrolled.status).toBe(404)
    expect(enrolled.body.code).toBe('NOT_FOUND')
    expect((await detail(course.id)).status).toBe(404)
    expect((await detail(course.id, author)).body.isPublished).toBe(false)
  })

  it('needs a session', async () => {
    const { course } = await createCourse(t, author)
    expect((await api(t, undefined, 'POST', `/api/v1/courses/${course.id}/enroll`)).status).toBe(
      401,
    )
  })
})

describe('a priced course', () => {
  let course: CourseDetail

  beforeAll(async () => {
    course = (
      await createCourse(t, author, {
        course: { title: 'دورهٔ ویژه', priceIrr: 3_000_000 },
        lessons: [
          { kind: 'article', title: 'درس اول', durationSeconds: 60, body: 'متن محرمانه' },
          moodLesson(),
        ],
      })
    ).course
  })

  it('opened without payment lists its lessons without their content', async () => {
    const { status, body } = await detail(course.id)
    expect(status).toBe(200)
    expect(body.locked).toBe(true)
    expect(body.priceIrr).toBe(3_000_000)
    expect(body.lessons.map((lesson) => [lesson.title, lesson.body, lesson.exercise])).toEqual([
      ['درس اول', null, null],
      ['حال امروز', null, null],
    ])
    const anonymous = await detail(course.id, undefined)
    expect(anonymous.body.lessons[0]?.body).toBeNull()
    expect((await detail(course.id, author)).body.lessons[0]?.body).toBe('متن محرمانه')
  })

  it('refuses enrolment without payment: 402 PAYMENT_REQUIRED', async () => {
    const { status, body } = await enrollIn(course.id)
    expect(status).toBe(402)
    expect(body.code).toBe('PAYMENT_REQUIRED')
  })

  it('is bought through the payments sandbox, which enrols the buyer and opens the content', async () => {
    const buyer = await createSignedInUser(t, 'patient')
    const started = await api<{ transactionId: string; redirectUrl: string }>(
      t,
      buyer,
      'POST',
      '/api/v1/payments/initiate',
      { courseId: course.id },
    )
    expect(started.status, JSON.stringify(started.body)).toBe(200)
    const retried = await api<{ transactionId: string }>(
      t,
      buyer,
      'POST',
      '/api/v1/payments/initiate',
      {
        courseId: course.id,
      },
    )
    expect(retried.body.transactionId).toBe(started.body.transactionId)
    const [payment] = await t.database.query<{ amount: string; course_id: string }>(
      'SELECT amount::text AS amount, course_id FROM transactions WHERE id = $1',
      [started.body.transactionId],
    )
    expect(payment).toEqual({ amount: '3000000', course_id: course.id })

    const page = await t.app.inject({ url: new URL(started.body.redirectUrl).pathname })
    const href = /id="pay" href="([^"]+)"/.exec(page.body)?.[1] ?? ''
    const back = new URL(String((await t.app.inject({ url: href })).headers.location))
    const landing = await t.app.inject({ url: `${back.pathname}${back.search}` })
    expect(String(landing.headers.location)).toContain('status=success')

    const opened = await detail(course.id, buyer)
    expect(opened.body.locked).toBe(false)
    expect(opened.body.myEnrollment?.progress).toBe(0)
    expect(opened.body.lessons[0]?.body).toBe('متن محرمانه')
    expect((await enrollIn(course.id, buyer)).status).toBe(200)
    const again = await api<{ code: string }>(t, buyer, 'POST', '/api/v1/payments/initiate', {
      courseId: course.id,
    })
    expect([again.status, again.body.code]).toEqual([409, 'COURSE_NOT_FOR_SALE'])
    const receipt = await api<{ courseId: string; appointment: null }>(
      t,
      buyer,
      'GET',
      `/api/v1/payments/${started.body.transactionId}`,
    )
    expect(receipt.body).toMatchObject({ courseId: course.id, appointment: null })
  })

  it('is not for sale when free, and unknown when unpublished', async () => {
    const free = (await createCourse(t, author)).course
    const paid = await api<{ code: string }>(t, learner, 'POST', '/api/v1/payments/initiate', {
      courseId: free.id,
    })
    expect([paid.status, paid.body.code]).toEqual([409, 'COURSE_NOT_FOR_SALE'])
    const hidden = (await createCourse(t, author, { course: { priceIrr: 10 }, publish: false }))
      .course
    const unknown = await api(t, learner, 'POST', '/api/v1/payments/initiate', {
      courseId: hidden.id,
    })
    expect(unknown.status).toBe(404)
  })
})
