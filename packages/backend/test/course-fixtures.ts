import type { CourseDetail, CreateCourseBody, CreateLessonBody, Lesson } from '@yektayar/shared'
import { expect } from 'vitest'
import type { SignedInUser } from './auth-fixtures.ts'
import { uploaded } from './file-fixtures.ts'
import type { TestApp } from './test-app.ts'

export const ARTICLE_BODY = '## گام نخست\n\nهر روز در ساعت ثابتی بیدار شوید.'

/** A lesson body of each kind, for tests that only need lessons to exist. */
export function articleLesson(title = 'درس', durationSeconds = 120): CreateLessonBody {
  return { kind: 'article', title, durationSeconds, body: ARTICLE_BODY }
}

export function moodLesson(title = 'حال امروز'): CreateLessonBody {
  return { kind: 'exercise', title, durationSeconds: 60, exercise: { kind: 'mood_checkin' } }
}

export async function api<T = unknown>(
  t: TestApp,
  user: SignedInUser | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
) {
  const response = await t.app.inject({ method, url, headers: user?.headers, payload })
  const body = (response.body === '' ? undefined : response.json()) as T
  return { status: response.statusCode, body, raw: response }
}

/** Writes a course through the API as an author; published with its lessons unless told not to. */
export async function createCourse(
  t: TestApp,
  author: SignedInUser,
  options: {
    course?: Partial<CreateCourseBody>
    lessons?: CreateLessonBody[]
    publish?: boolean
  } = {},
): Promise<{ course: CourseDetail; lessons: Lesson[] }> {
  const created = await api<CourseDetail>(t, author, 'POST', '/api/v1/courses', {
    title: 'دوره',
    contentType: 'article',
    difficulty: 'beginner',
    ...options.course,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const lessons: Lesson[] = []
  for (const lesson of options.lessons ?? [articleLesson()]) {
    const added = await api<Lesson>(
      t,
      author,
      'POST',
      `/api/v1/courses/${created.body.id}/lessons`,
      lesson,
    )
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    lessons.push(added.body)
  }
  if (options.publish !== false) {
    const published = await api(t, author, 'POST', `/api/v1/courses/${created.body.id}/publish`)
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  }
  return { course: created.body, lessons }
}

/** Enrols the learner and answers the enrolment id. */
export async function enrol(t: TestApp, learner: SignedInUser, courseId: string): Promise<string> {
  const response = await api<{ id: string }>(
    t,
    learner,
    'POST',
    `/api/v1/courses/${courseId}/enroll`,
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body.id
}

/** The smallest MP4 file-type recognises (an `ftyp` box and an empty `free` box). */
export const TINY_MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isommp41'),
  Buffer.from([0, 0, 0, 8]),
  Buffer.from('free'),
])

export const CAPTIONS_VTT = Buffer.from(
  'WEBVTT\n\n00:00.000 --> 00:04.000\nآرام نفس بکشید\n\n00:04.000 --> 00:08.000\nو آرام بیرون بدهید\n',
)

/** A video lesson on an uploaded MP4 (and captions), uploaded by the author as course media. */
export async function videoLesson(
  t: TestApp,
  author: SignedInUser,
  durationSeconds = 100,
): Promise<CreateLessonBody> {
  const video = await uploaded(t, author, 'course_media', TINY_MP4, {
    filename: 'breathing.mp4',
    contentType: 'video/mp4',
  })
  const captions = await uploaded(t, author, 'course_media', CAPTIONS_VTT, {
    filename: 'breathing.fa.vtt',
    contentType: 'text/vtt',
  })
  return {
    kind: 'video',
    title: 'ویدیوی تنفس',
    durationSeconds,
    videoFileId: video.id,
    captionsFileId: captions.id,
  }
}
