import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  CourseDetail,
  Lesson,
  MyEnrollmentPage,
  ProgressUpdateResponse,
} from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  api,
  articleLesson,
  createCourse,
  enrol,
  moodLesson,
  videoLesson,
} from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let dataDir: string
let author: SignedInUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-progress-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir } })
  author = await createSignedInUser(t, 'admin')
})
afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

type Answer = ProgressUpdateResponse & { code?: string }

const step = (learner: SignedInUser, enrollmentId: string, body: object) =>
  api<Answer>(t, learner, 'PATCH', `/api/v1/enrollments/${enrollmentId}/progress`, body)

/** A learner enrolled in a published course of a video (100 s), an article and a mood check-in. */
async function learnerInCourse() {
  const { course, lessons } = await createCourse(t, author, {
    lessons: [await videoLesson(t, author, 100), articleLesson('متن'), moodLesson()],
  })
  const learner = await createSignedInUser(t, 'patient')
  const enrollmentId = await enrol(t, learner, course.id)
  const [video, article, mood] = lessons as [Lesson, Lesson, Lesson]
  return { course, learner, enrollmentId, video, article, mood }
}

describe('progress derived from lessons', () => {
  it('counts completed lessons out of the course’s, and stamps completion at 100', async () => {
    const { learner, enrollmentId, video, article, mood } = await learnerInCourse()
    const first = await step(learner, enrollmentId, { lessonId: article.id, completed: true })
    expect(first.status).toBe(200)
    expect(first.body.enrollment).toMatchObject({ progress: 33, completedAt: null })
    expect(first.body.lesson).toMatchObject({ lessonId: article.id, completed: true })
    await step(learner, enrollmentId, { lessonId: mood.id, completed: true })
    const last = await step(learner, enrollmentId, { lessonId: video.id, positionSeconds: 95 })
    expect(last.body.enrollment.progress).toBe(100)
    expect(last.body.enrollment.completedAt).not.toBeNull()
    const [row] = await t.database.query<{ progress: number }>(
      'SELECT progress FROM enrollments WHERE id = $1',
      [enrollmentId],
    )
    expect(row?.progress).toBe(100)
  })

  it('completes a video at 95% of its length and not before, whatever the client says', async () => {
    const { learner, enrollmentId, video } = await learnerInCourse()
    const early = await step(learner, enrollmentId, {
      lessonId: video.id,
      positionSeconds: 94,
      completed: true,
    })
    expect(early.body.lesson).toMatchObject({ positionSeconds: 94, completed: false })
    expect(early.body.enrollment.progress).toBe(0)
    const past = await step(learner, enrollmentId, { lessonId: video.id, positionSeconds: 5000 })
    expect(past.body.lesson).toMatchObject({ positionSeconds: 100, completed: true })
  })

  it('only moves forward: a lower position, a smaller time or un-completing keeps what is saved', async () => {
    const { learner, enrollmentId, video, article } = await learnerInCourse()
    await step(learner, enrollmentId, {
      lessonId: video.id,
      positionSeconds: 60,
      timeSpentSeconds: 90,
    })
    const back = await step(learner, enrollmentId, {
      lessonId: video.id,
      positionSeconds: 10,
      timeSpentSeconds: 30,
    })
    expect(back.status).toBe(200)
    expect(back.body.lesson).toMatchObject({ positionSeconds: 60, timeSpentSeconds: 90 })
    await step(learner, enrollmentId, { lessonId: article.id, completed: true })
    const undone = await step(learner, enrollmentId, { lessonId: article.id, completed: false })
    expect(undone.body.lesson.completed).toBe(true)
    expect(undone.body.enrollment.progress).toBe(33)
  })

  it('is idempotent: the same update twice answers the same state', async () => {
    const { learner, enrollmentId, article } = await learnerInCourse()
    const body = { lessonId: article.id, completed: true, timeSpentSeconds: 12 }
    const once = await step(learner, enrollmentId, body)
    const twice = await step(learner, enrollmentId, body)
    expect(twice.body.enrollment.progress).toBe(once.body.enrollment.progress)
    expect(twice.body.lesson.completedAt).toBe(once.body.lesson.completedAt)
  })

  it('derives right when two tabs complete different lessons at the same moment', async () => {
    const { learner, enrollmentId, article, mood } = await learnerInCourse()
    await Promise.all(
      [article, mood].map((lesson) =>
        step(learner, enrollmentId, { lessonId: lesson.id, completed: true }),
      ),
    )
    const [row] = await t.database.query<{ progress: number }>(
      'SELECT progress FROM enrollments WHERE id = $1',
      [enrollmentId],
    )
    expect(row?.progress).toBe(66)
  })

  it('keeps a completion when an author adds a lesson, and derives progress again', async () => {
    const { course, learner, enrollmentId, video, article, mood } = await learnerInCourse()
    for (const lessonId of [article.id, mood.id])
      await step(learner, enrollmentId, { lessonId, completed: true })
    const done = await step(learner, enrollmentId, { lessonId: video.id, positionSeconds: 100 })
    const added = await api(
      t,
      author,
      'POST',
      `/api/v1/courses/${course.id}/lessons`,
      articleLesson(),
    )
    expect(added.status).toBe(201)
    const opened = await api<CourseDetail>(t, learner, 'GET', `/api/v1/courses/${course.id}`)
    expect(opened.body.myEnrollment?.progress).toBe(75)
    expect(opened.body.myEnrollment?.completedAt).toBe(done.body.enrollment.completedAt)
  })
})

describe('bad progress', () => {
  it('refuses a percentage above 100, negative positions and unknown fields: 400', async () => {
    const { learner, enrollmentId, article } = await learnerInCourse()
    for (const body of [
      { lessonId: article.id, progress: 150 },
      { lessonId: article.id, positionSeconds: -1 },
      { lessonId: article.id, timeSpentSeconds: 86_401 },
      { lessonId: 'not-a-uuid' },
    ]) {
      const response = await step(learner, enrollmentId, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.body.code).toBe('VALIDATION_FAILED')
    }
  })

  it('refuses a lesson of another course: 409 LESSON_NOT_IN_COURSE', async () => {
    const { learner, enrollmentId } = await learnerInCourse()
    const other = await createCourse(t, author)
    const response = await step(learner, enrollmentId, { lessonId: other.lessons[0]?.id })
    expect(response.status).toBe(409)
    expect(response.body.code).toBe('LESSON_NOT_IN_COURSE')
  })

  it('answers 404 for someone else’s enrolment and for a course I am not enrolled in', async () => {
    const { enrollmentId, article, course } = await learnerInCourse()
    const stranger = await createSignedInUser(t, 'patient')
    const foreign = await step(stranger, enrollmentId, { lessonId: article.id, completed: true })
    expect(foreign.status).toBe(404)
    expect(foreign.body.code).toBe('NOT_FOUND')
    // A learner not enrolled has no enrolment of this course to name: the course's id is not one.
    const notEnrolled = await step(stranger, course.id, { lessonId: article.id, completed: true })
    expect(notEnrolled.status).toBe(404)
    const [row] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM lesson_progress WHERE enrollment_id = $1',
      [enrollmentId],
    )
    expect(row?.n).toBe(0)
  })
})

describe('continue where I left off', () => {
  it('offers the last touched unfinished course, its next lesson and the video position', async () => {
    const { course, learner, enrollmentId, video, article } = await learnerInCourse()
    await step(learner, enrollmentId, { lessonId: article.id, completed: true })
    await step(learner, enrollmentId, { lessonId: video.id, positionSeconds: 42 })
    const page = await api<MyEnrollmentPage>(
      t,
      learner,
      'GET',
      '/api/v1/enrollments/me?status=active&limit=1',
    )
    expect(page.status).toBe(200)
    expect(page.body.items).toHaveLength(1)
    expect(page.body.items[0]).toMatchObject({
      id: enrollmentId,
      progress: 33,
      lastLessonId: video.id,
      course: { id: course.id, lessonCount: 3 },
      next: { lessonId: video.id, kind: 'video', positionSeconds: 42 },
    })
    const opened = await api<CourseDetail>(t, learner, 'GET', `/api/v1/courses/${course.id}`)
    expect(opened.body.resume).toEqual({ lessonId: video.id, positionSeconds: 42 })
    expect(opened.body.lessons.map((lesson) => lesson.myProgress?.completed ?? false)).toEqual([
      false,
      true,
      false,
    ])
  })

  it('moves finished courses out of the active list', async () => {
    const { learner, enrollmentId, video, article, mood } = await learnerInCourse()
    await step(learner, enrollmentId, { lessonId: video.id, positionSeconds: 100 })
    await step(learner, enrollmentId, { lessonId: article.id, completed: true })
    await step(learner, enrollmentId, { lessonId: mood.id, completed: true })
    const list = (status: string) =>
      api<MyEnrollmentPage>(t, learner, 'GET', `/api/v1/enrollments/me?status=${status}`)
    expect((await list('active')).body.items).toEqual([])
    const completed = (await list('completed')).body.items
    expect(completed.map((item) => [item.id, item.progress, item.next])).toEqual([
      [enrollmentId, 100, null],
    ])
  })
})
