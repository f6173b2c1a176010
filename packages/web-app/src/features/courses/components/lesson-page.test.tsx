import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { configureApiTransport, i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, type Reply } from '../../../shared/testing/test-support.tsx'
import {
  ARTICLE_ID,
  articleLesson,
  COURSE_ID,
  detail,
  ENROLLMENT_ID,
  enrollment,
  VIDEO_ID,
  videoLesson,
} from '../testing/course-fixtures.ts'
import { initCoursesI18n, renderCourses } from '../testing/render-courses.tsx'

initCoursesI18n()

const PROGRESS = `PATCH /api/v1/enrollments/${ENROLLMENT_ID}/progress`
const COURSE = `GET /api/v1/courses/${COURSE_ID}`

const saved = (positionSeconds: number, completed = false) => ({
  lessonId: VIDEO_ID,
  positionSeconds,
  completed,
  completedAt: null,
  timeSpentSeconds: 30,
  updatedAt: '2026-11-02T08:00:00.000Z',
})

const answered = (lessonId: string, positionSeconds = 0, completed = false): Reply => ({
  status: 200,
  body: {
    enrollment: enrollment({ progress: completed ? 33 : 0 }),
    lesson: { ...saved(positionSeconds, completed), lessonId },
  },
})

function enrolledCourse(videoPosition: number | null) {
  return detail({
    myEnrollment: enrollment(),
    lessons: [
      { ...videoLesson, myProgress: videoPosition === null ? null : saved(videoPosition) },
      articleLesson,
    ],
  })
}

/** Plays the video from where it stands to `to`, a quarter second a tick, as a browser does. */
function play(video: HTMLVideoElement, to: number) {
  for (let at = video.currentTime + 0.25; at <= to; at += 0.25) {
    video.currentTime = at
    fireEvent.timeUpdate(video)
  }
}

const videoOf = () => {
  const video = document.querySelector('video')
  if (!video) throw new Error('no video')
  return video
}

describe('LessonPage: video', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    // Unmounted first: a lesson sends its last report as it closes, to the fake API still.
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('resumes at the saved position, with Persian captions', async () => {
    fakeApi({ [COURSE]: [{ status: 200, body: enrolledCourse(40) }] })
    renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
    await screen.findByRole('heading', { level: 1, name: 'تنفس جعبه‌ای' })
    const video = videoOf()
    expect(video.getAttribute('src')).toBe(videoLesson.video?.url)
    // Same origin with the cookie: no CORS mode that could leave the cookie behind.
    expect(video.hasAttribute('crossorigin')).toBe(false)
    const track = video.querySelector('track')
    expect(track?.getAttribute('kind')).toBe('captions')
    expect(track?.getAttribute('srclang')).toBe('fa')
    expect(track?.getAttribute('src')).toBe(videoLesson.captions?.url)
    fireEvent.loadedMetadata(video)
    expect(video.currentTime).toBe(40)
    expect(await screen.findByText('از ۰:۴۰ ادامه داده شد.')).toBeTruthy()
  })

  it('plays from signed links in the Android app, and comes back where it was on a new one', async () => {
    const api = 'https://api.example'
    configureApiTransport({ baseUrl: api, keepSessionToken: () => {} }, 'token')
    const expiresAt = new Date(Date.now() + 300_000).toISOString()
    const link = (url: string | undefined, sig: string) => ({
      status: 200,
      body: { url: `${url}?sig=${sig}`, fallbackUrl: null, expiresAt },
    })
    const videoUrl = videoLesson.video?.url
    const captionsUrl = videoLesson.captions?.url
    fakeApi({
      [`GET ${api}/api/v1/courses/${COURSE_ID}`]: [{ status: 200, body: enrolledCourse(40) }],
      [`POST ${api}${videoUrl}/link`]: [link(videoUrl, 'v1'), link(videoUrl, 'v2')],
      [`POST ${api}${captionsUrl}/link`]: [link(captionsUrl, 'c1')],
    })
    try {
      renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
      await screen.findByRole('heading', { level: 1, name: 'تنفس جعبه‌ای' })
      const video = videoOf()
      await waitFor(() => expect(video.getAttribute('src')).toBe(`${api}${videoUrl}?sig=v1`))
      await waitFor(() =>
        expect(video.querySelector('track')?.getAttribute('src')).toBe(
          `${api}${captionsUrl}?sig=c1`,
        ),
      )
      // The captions come from the API's origin: only through CORS.
      expect(video.getAttribute('crossorigin')).toBe('anonymous')
      fireEvent.loadedMetadata(video)
      expect(video.currentTime).toBe(40)
      play(video, 55)
      // The link ended before a seek: a new one, and the video where the viewer was.
      fireEvent.error(video)
      await waitFor(() => expect(video.getAttribute('src')).toBe(`${api}${videoUrl}?sig=v2`))
      fireEvent.loadedMetadata(video)
      expect(video.currentTime).toBe(55)
    } finally {
      cleanup()
      configureApiTransport({ baseUrl: '' })
    }
  })

  it('reports only forward: a seek back or a jump ahead sends nothing new', async () => {
    const api = fakeApi({
      [COURSE]: [{ status: 200, body: enrolledCourse(40) }],
      [PROGRESS]: [answered(VIDEO_ID, 50), answered(VIDEO_ID, 50)],
    })
    renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
    await screen.findByRole('heading', { level: 1, name: 'تنفس جعبه‌ای' })
    const video = videoOf()
    fireEvent.loadedMetadata(video)
    play(video, 50)
    fireEvent.pause(video)
    await waitFor(() => expect(api.bodiesSentTo(PROGRESS)).toHaveLength(1))
    expect(api.bodiesSentTo(PROGRESS)[0]).toMatchObject({ lessonId: VIDEO_ID, positionSeconds: 50 })

    // Back to 10 s and watched a little: below what was sent.
    video.currentTime = 10
    fireEvent.seeked(video)
    play(video, 20)
    fireEvent.pause(video)
    // A jump to 90 s is not watching.
    video.currentTime = 90
    fireEvent.seeked(video)
    fireEvent.timeUpdate(video)
    fireEvent.pause(video)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(api.bodiesSentTo(PROGRESS)).toHaveLength(1)
  })

  it('says at once when 95% is reached, and shows the lesson done', async () => {
    const api = fakeApi({
      [COURSE]: [{ status: 200, body: enrolledCourse(90) }],
      [PROGRESS]: [answered(VIDEO_ID, 95, true)],
    })
    renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
    await screen.findByRole('heading', { level: 1, name: 'تنفس جعبه‌ای' })
    const video = videoOf()
    fireEvent.loadedMetadata(video)
    play(video, 95)
    await waitFor(() => expect(api.bodiesSentTo(PROGRESS)).toHaveLength(1))
    expect(api.bodiesSentTo(PROGRESS)[0]).toMatchObject({ positionSeconds: 95 })
    expect(await screen.findByText('این درس تمام شد.')).toBeTruthy()
  })

  it('sends nothing for a reader who has not enrolled, and offers to start', async () => {
    const api = fakeApi({ [COURSE]: [{ status: 200, body: detail() }] })
    renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
    await screen.findByText('برای ذخیرهٔ پیشرفت و پاسخ‌هایتان، دوره را شروع کنید.')
    expect(screen.getByRole('button', { name: 'شروع دوره' })).toBeTruthy()
    const video = videoOf()
    play(video, 10)
    fireEvent.pause(video)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(api.calls().filter((call) => call.key.startsWith('PATCH'))).toEqual([])
  })
  it('asks a visitor to sign in for the video, which is served to people signed in', async () => {
    fakeApi({ [COURSE]: [{ status: 200, body: detail() }] })
    renderCourses(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`, { signedIn: false })
    expect(await screen.findByText('برای دیدن ویدئو وارد شوید.')).toBeTruthy()
    expect(document.querySelector('video')).toBeNull()
  })
})

describe('LessonPage: article', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => {
    // Unmounted first: a lesson sends its last report as it closes, to the fake API still.
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('counts as read after five seconds on screen, not before', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const api = fakeApi({
      [COURSE]: [{ status: 200, body: enrolledCourse(null) }],
      [PROGRESS]: [answered(ARTICLE_ID, 0, true)],
    })
    renderCourses(`/courses/${COURSE_ID}/lessons/${ARTICLE_ID}`)
    await screen.findByRole('heading', { level: 2, name: 'چرا خواب؟' })
    await act(() => vi.advanceTimersByTimeAsync(4000))
    expect(api.bodiesSentTo(PROGRESS)).toEqual([])
    await act(() => vi.advanceTimersByTimeAsync(1500))
    await waitFor(() => expect(api.bodiesSentTo(PROGRESS)).toHaveLength(1))
    expect(api.bodiesSentTo(PROGRESS)[0]).toMatchObject({ lessonId: ARTICLE_ID, completed: true })
    expect(await screen.findByText('این درس خوانده شد.')).toBeTruthy()
  })

  it('links to the previous lesson and on to the next', async () => {
    fakeApi({ [COURSE]: [{ status: 200, body: enrolledCourse(null) }] })
    renderCourses(`/courses/${COURSE_ID}/lessons/${ARTICLE_ID}`)
    const previous = await screen.findByRole('link', { name: 'درس قبلی' })
    expect(previous.getAttribute('href')).toBe(`/courses/${COURSE_ID}/lessons/${VIDEO_ID}`)
    expect(screen.getByRole('link', { name: 'پایان دوره' }).getAttribute('href')).toBe(
      `/courses/${COURSE_ID}`,
    )
  })
})
