import type { CourseDetail, CourseFigures, Lesson } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  api,
  articleLesson,
  createCourse,
  enrol,
  moodLesson,
} from '../../../test/course-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let author: SignedInUser
let patient: SignedInUser

beforeAll(async () => {
  t = await createTestApp()
  author = await createSignedInUser(t, 'admin')
  patient = await createSignedInUser(t, 'patient')
})
afterAll(() => t.close())

type Problem = { code: string; errors?: { path: string; message: string }[] }

describe('who may author', () => {
  it('refuses a patient every authoring route: 403', async () => {
    const { course, lessons } = await createCourse(t, author)
    const lesson = lessons[0] as Lesson
    const attempts = [
      api(t, patient, 'POST', '/api/v1/courses', {
        title: 'دورهٔ من',
        contentType: 'article',
        difficulty: 'beginner',
      }),
      api(t, patient, 'PATCH', `/api/v1/courses/${course.id}`, { title: 'عوض شد' }),
      api(t, patient, 'POST', `/api/v1/courses/${course.id}/unpublish`),
      api(t, patient, 'POST', `/api/v1/courses/${course.id}/lessons`, articleLesson()),
      api(t, patient, 'PATCH', `/api/v1/lessons/${lesson.id}`, { title: 'عوض شد' }),
      api(t, patient, 'DELETE', `/api/v1/lessons/${lesson.id}`),
      api(t, patient, 'PUT', `/api/v1/courses/${course.id}/lesson-order`, {
        lessonIds: [lesson.id],
      }),
      api(t, patient, 'GET', `/api/v1/courses/${course.id}/figures`),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403)
      expect((response.body as Problem).code).toBe('FORBIDDEN')
    }
    const unchanged = await api<CourseDetail>(t, patient, 'GET', `/api/v1/courses/${course.id}`)
    expect(unchanged.body.title).toBe('دوره')
    expect(unchanged.body.lessons).toHaveLength(1)
  })

  it('records the author and a reviewer, who must be a psychologist or admin', async () => {
    const psychologist = await createSignedInUser(t, 'psychologist')
    const { course } = await createCourse(t, author, { course: { reviewerId: psychologist.id } })
    expect(course.author?.id).toBe(author.id)
    expect(course.reviewer).toMatchObject({
      id: psychologist.id,
      name: { fa: 'Test psychologist' },
    })
    const refused = await api<Problem>(t, author, 'PATCH', `/api/v1/courses/${course.id}`, {
      reviewerId: patient.id,
    })
    expect([refused.status, refused.body.code]).toEqual([422, 'REVIEWER_INVALID'])
  })

  it('takes only the fields a course has (strict bodies)', async () => {
    const { course } = await createCourse(t, author)
    for (const body of [{ isPublished: true }, { authorId: patient.id }, {}]) {
      const response = await api(t, author, 'PATCH', `/api/v1/courses/${course.id}`, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
  })
})

describe('unsafe Markdown is refused on save', () => {
  it.each([
    ['a script', 'سلام <script>alert(document.cookie)</script>', 'raw_html'],
    ['an event handler', '<img src=x onerror="alert(1)">', 'raw_html'],
    ['a javascript: link', '[ادامه](javascript:alert(1))', 'unsafe_link'],
    ['an obfuscated one', '[ادامه](jav&#x61;script:alert(1))', 'unsafe_link'],
    ['a remote image', '![ردیاب](https://tracker.example/p.gif)', 'remote_image'],
  ])('%s: 422 MARKDOWN_UNSAFE naming it', async (_case, body, kind) => {
    const { course } = await createCourse(t, author, { lessons: [], publish: false })
    const added = await api<Problem>(t, author, 'POST', `/api/v1/courses/${course.id}/lessons`, {
      ...articleLesson(),
      body,
    })
    expect(added.status).toBe(422)
    expect(added.body.code).toBe('MARKDOWN_UNSAFE')
    expect(added.body.errors?.[0]).toMatchObject({ path: 'body.body' })
    expect(added.body.errors?.[0]?.message).toContain(kind)
    const lessons = await api<CourseDetail>(t, author, 'GET', `/api/v1/courses/${course.id}`)
    expect(lessons.body.lessons).toEqual([])
  })

  it('refuses it on edit too, and keeps the lesson as it was', async () => {
    const { lessons } = await createCourse(t, author)
    const lesson = lessons[0] as Lesson
    const edited = await api<Problem>(t, author, 'PATCH', `/api/v1/lessons/${lesson.id}`, {
      body: '![x](http://example.com/x.png)',
    })
    expect([edited.status, edited.body.code]).toEqual([422, 'MARKDOWN_UNSAFE'])
  })
})

describe('lessons', () => {
  it('are appended, reordered exactly, and close ranks when one goes', async () => {
    const { course, lessons } = await createCourse(t, author, {
      lessons: [articleLesson('یک'), articleLesson('دو'), moodLesson('سه')],
    })
    const [one, two, three] = lessons as [Lesson, Lesson, Lesson]
    expect(lessons.map((lesson) => lesson.position)).toEqual([1, 2, 3])
    const path = `/api/v1/courses/${course.id}/lesson-order`
    for (const lessonIds of [
      [one.id, two.id],
      [one.id, two.id, three.id, course.id],
    ]) {
      const refused = await api<Problem>(t, author, 'PUT', path, { lessonIds })
      expect([refused.status, refused.body.code]).toEqual([409, 'LESSON_ORDER_MISMATCH'])
    }
    const duplicate = await api(t, author, 'PUT', path, { lessonIds: [one.id, one.id, two.id] })
    expect(duplicate.status).toBe(400)
    const ordered = await api<CourseDetail>(t, author, 'PUT', path, {
      lessonIds: [three.id, one.id, two.id],
    })
    expect(ordered.body.lessons.map((lesson) => [lesson.title, lesson.position])).toEqual([
      ['سه', 1],
      ['یک', 2],
      ['دو', 3],
    ])
    expect((await api(t, author, 'DELETE', `/api/v1/lessons/${one.id}`)).status).toBe(204)
    const after = await api<CourseDetail>(t, author, 'GET', `/api/v1/courses/${course.id}`)
    expect(after.body.lessons.map((lesson) => [lesson.title, lesson.position])).toEqual([
      ['سه', 1],
      ['دو', 2],
    ])
    expect(after.body.durationMinutes).toBe(3)
  })

  it('refuse another kind’s fields and an emptied article', async () => {
    const { lessons } = await createCourse(t, author, { lessons: [articleLesson(), moodLesson()] })
    const [article, mood] = lessons as [Lesson, Lesson]
    const cases: [string, object][] = [
      [article.id, { exercise: { kind: 'mood_checkin' } }],
      [article.id, { body: null }],
      [mood.id, { videoFileId: article.id }],
    ]
    for (const [id, body] of cases) {
      const response = await api<Problem>(t, author, 'PATCH', `/api/v1/lessons/${id}`, body)
      expect([response.status, response.body.code]).toEqual([422, 'LESSON_FIELD_MISMATCH'])
    }
    const fine = await api<Lesson>(t, author, 'PATCH', `/api/v1/lessons/${mood.id}`, {
      exercise: {
        kind: 'breathing',
        inhaleSeconds: 4,
        holdSeconds: 4,
        exhaleSeconds: 6,
        restSeconds: 0,
        cycles: 5,
      },
    })
    expect(fine.body.exercise).toMatchObject({ kind: 'breathing', cycles: 5 })
  })

  it('refuse a video without a usable course media file: 409 FILE_NOT_USABLE', async () => {
    const { course } = await createCourse(t, author, { publish: false })
    const response = await api<Problem>(t, author, 'POST', `/api/v1/courses/${course.id}/lessons`, {
      kind: 'video',
      title: 'ویدیو',
      durationSeconds: 60,
      videoFileId: course.id,
    })
    expect([response.status, response.body.code]).toEqual([409, 'FILE_NOT_USABLE'])
  })
})

describe('publishing and figures', () => {
  it('refuses to publish a course without lessons, then publishes and unpublishes it', async () => {
    const { course } = await createCourse(t, author, { lessons: [], publish: false })
    const empty = await api<Problem>(t, author, 'POST', `/api/v1/courses/${course.id}/publish`)
    expect([empty.status, empty.body.code]).toEqual([409, 'COURSE_NOT_PUBLISHABLE'])
    await api(t, author, 'POST', `/api/v1/courses/${course.id}/lessons`, articleLesson())
    const published = await api<CourseDetail>(
      t,
      author,
      'POST',
      `/api/v1/courses/${course.id}/publish`,
    )
    expect(published.body).toMatchObject({ isPublished: true })
    const again = await api<CourseDetail>(t, author, 'POST', `/api/v1/courses/${course.id}/publish`)
    expect(again.body.publishedAt).toBe(published.body.publishedAt)
    await api(t, author, 'POST', `/api/v1/courses/${course.id}/unpublish`)
    expect((await api(t, patient, 'GET', `/api/v1/courses/${course.id}`)).status).toBe(404)
  })

  it('counts enrolments and completions per course and week', async () => {
    const { course, lessons } = await createCourse(t, author)
    const lesson = lessons[0] as Lesson
    for (let i = 0; i < 3; i++) {
      const learner = await createSignedInUser(t, 'patient')
      const enrollmentId = await enrol(t, learner, course.id)
      if (i === 0) {
        await api(t, learner, 'PATCH', `/api/v1/enrollments/${enrollmentId}/progress`, {
          lessonId: lesson.id,
          completed: true,
        })
      }
    }
    const { status, body } = await api<CourseFigures>(
      t,
      author,
      'GET',
      `/api/v1/courses/${course.id}/figures`,
    )
    expect(status).toBe(200)
    expect(body).toMatchObject({ enrolments: 3, completions: 1, averageProgress: 33.3 })
    expect(body.byWeek).toHaveLength(12)
    const thisWeek = body.byWeek.at(-1)
    expect(thisWeek).toMatchObject({ enrolments: 3, completions: 1 })
    expect(new Date(`${thisWeek?.weekStart}T12:00:00Z`).getUTCDay()).toBe(6)
  })
})
