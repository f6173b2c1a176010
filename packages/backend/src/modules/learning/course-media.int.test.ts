import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CourseDetail, Lesson } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  api,
  CAPTIONS_VTT,
  createCourse,
  enrol,
  TINY_MP4,
  videoLesson,
} from '../../../test/course-fixtures.ts'
import { photo, upload, uploaded } from '../../../test/file-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'

let t: TestApp
let dataDir: string
let author: SignedInUser

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'yy-course-media-'))
  t = await createTestApp({ env: { DATA_DIR: dataDir } })
  author = await createSignedInUser(t, 'admin')
})
afterAll(async () => {
  await t?.close()
  await rm(dataDir, { recursive: true, force: true })
})

const get = (url: string, user: SignedInUser, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...user.headers, ...headers } })

describe('captions', () => {
  it('are accepted as course media when they are WebVTT, and nothing text-like else is', async () => {
    const captions = await uploaded(t, author, 'course_media', CAPTIONS_VTT, {
      filename: 'c.vtt',
      contentType: 'text/vtt',
    })
    expect(captions.mime).toBe('text/vtt')
    const html = await upload(t, author, 'course_media', Buffer.from('<html>WEBVTT</html>'), {
      filename: 'c.vtt',
      contentType: 'text/vtt',
    })
    expect(html.statusCode).toBe(415)
    const patient = await createSignedInUser(t, 'patient')
    const asPatient = await upload(t, patient, 'course_media', CAPTIONS_VTT, {
      filename: 'c.vtt',
      contentType: 'text/vtt',
    })
    expect(asPatient.statusCode).toBe(403)
  })
})

describe('who reads a course’s media', () => {
  let free: CourseDetail
  let priced: CourseDetail
  let freeVideo: Lesson
  let pricedVideo: Lesson
  let thumbnailUrl: string

  beforeAll(async () => {
    const freeCourse = await createCourse(t, author, { lessons: [await videoLesson(t, author)] })
    free = freeCourse.course
    freeVideo = freeCourse.lessons[0] as Lesson
    const thumbnail = await uploaded(t, author, 'course_media', await photo(320, 180))
    const pricedCourse = await createCourse(t, author, {
      course: { priceIrr: 2_000_000, thumbnailFileId: thumbnail.id },
      lessons: [await videoLesson(t, author)],
    })
    priced = pricedCourse.course
    pricedVideo = pricedCourse.lessons[0] as Lesson
    thumbnailUrl = priced.thumbnailUrl ?? ''
  })

  it('puts the files on their course and in use', async () => {
    const rows = await t.database.query<{ course_id: string; used: boolean }>(
      'SELECT course_id, used_at IS NOT NULL AS used FROM files WHERE id = ANY($1::uuid[])',
      [[freeVideo.video?.fileId, freeVideo.captions?.fileId]],
    )
    expect(rows).toEqual([
      { course_id: free.id, used: true },
      { course_id: free.id, used: true },
    ])
    expect(thumbnailUrl).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}$/)
  })

  it('lets anyone signed in have a free published course’s video, in byte ranges', async () => {
    const stranger = await createSignedInUser(t, 'patient')
    const whole = await get(freeVideo.video?.url ?? '', stranger)
    expect(whole.statusCode).toBe(200)
    expect(whole.headers['content-type']).toBe('video/mp4')
    expect(whole.rawPayload.equals(TINY_MP4)).toBe(true)
    const part = await get(freeVideo.video?.url ?? '', stranger, { range: 'bytes=4-11' })
    expect(part.statusCode).toBe(206)
    expect(part.body).toBe('ftypisom')
    const captions = await get(freeVideo.captions?.url ?? '', stranger)
    expect(captions.statusCode).toBe(200)
    expect(captions.headers['content-type']).toContain('text/vtt')
    expect(captions.headers['content-disposition']).toMatch(/^attachment/)
  })

  it('keeps a priced course’s video from those who have not bought it, not its thumbnail', async () => {
    const stranger = await createSignedInUser(t, 'patient')
    const fileUrl = `/api/v1/files/${pricedVideo.video?.fileId}`
    expect((await get(fileUrl, stranger)).statusCode).toBe(404)
    expect((await get(thumbnailUrl, stranger)).statusCode).toBe(200)
    expect((await get(fileUrl, author)).statusCode).toBe(200)
    // Enrolment in a priced course comes from its payment; written here as settlement writes it.
    await t.database.query('INSERT INTO enrollments (user_id, course_id) VALUES ($1, $2)', [
      stranger.id,
      priced.id,
    ])
    expect((await get(fileUrl, stranger)).statusCode).toBe(200)
  })

  it('hides an unpublished course’s files from its learners, not from authors', async () => {
    const learner = await createSignedInUser(t, 'patient')
    await enrol(t, learner, free.id)
    await api(t, author, 'POST', `/api/v1/courses/${free.id}/unpublish`)
    try {
      expect((await get(freeVideo.video?.url ?? '', learner)).statusCode).toBe(404)
      expect((await get(freeVideo.video?.url ?? '', author)).statusCode).toBe(200)
    } finally {
      await api(t, author, 'POST', `/api/v1/courses/${free.id}/publish`)
    }
  })

  it('refuses another author’s unattached upload and a file of the wrong kind', async () => {
    const other = await createSignedInUser(t, 'admin')
    const theirs = await uploaded(t, other, 'course_media', TINY_MP4, {
      filename: 'v.mp4',
      contentType: 'video/mp4',
    })
    const { course } = await createCourse(t, author, { lessons: [], publish: false })
    const path = `/api/v1/courses/${course.id}/lessons`
    const base = { kind: 'video', title: 'ویدیو', durationSeconds: 30 }
    const foreign = await api<{ code: string }>(t, author, 'POST', path, {
      ...base,
      videoFileId: theirs.id,
    })
    expect([foreign.status, foreign.body.code]).toEqual([409, 'FILE_NOT_USABLE'])
    const captions = await uploaded(t, author, 'course_media', CAPTIONS_VTT, {
      filename: 'c.vtt',
      contentType: 'text/vtt',
    })
    const swapped = await api<{ code: string }>(t, author, 'POST', path, {
      ...base,
      videoFileId: captions.id,
    })
    expect([swapped.status, swapped.body.code]).toEqual([409, 'FILE_NOT_USABLE'])
    const [row] = await t.database.query<{ course_id: string | null }>(
      'SELECT course_id FROM files WHERE id = $1',
      [captions.id],
    )
    expect(row?.course_id).toBeNull()
  })
})
