import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { UploadedFile } from '@yektayar/shared/types'
import { ApiError, i18n, type UploadOptions, uploadFile } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COURSE_ID, course, lesson, problem } from '../testing/course-fixtures.ts'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { LessonEditorPage } from './lesson-editor-page.tsx'

vi.mock('@yektayar/ui', async (original) => ({
  ...(await original<typeof import('@yektayar/ui')>()),
  uploadFile: vi.fn(),
}))

const NEW_PATH = '/courses/:courseId/lessons/new/:kind'
const EDIT_PATH = '/courses/:courseId/lessons/:lessonId'
const VIDEO_ID = '44444444-4444-4444-8444-444444444444'
const OUR_IMAGE = '/api/v1/files/0b6c3f1e-8a2d-4c1e-9f3a-2d4e5f6a7b8c'

function lessonApi(write?: (call: FakeCall) => { status: number; body?: unknown }) {
  return fakeApi(['courses.manage'], (call) => {
    if (call.method !== 'GET') return write?.(call) ?? { status: 201, body: lesson(4) }
    return { status: 200, body: course() }
  })
}

const writes = (calls: FakeCall[]) => calls.filter((call) => call.method !== 'GET')

describe('lesson editor', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.mocked(uploadFile).mockReset()
  })

  it('previews the article as learners see it and flags what the server would refuse', async () => {
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/article`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'خواب')
    const text = screen.getByLabelText('Lesson text (Markdown)')
    fireEvent.change(text, {
      target: {
        value: `## خواب خوب\n\n<script>alert(1)</script>\n\n[بد](javascript:alert(1))\n\n![دور](https://evil.example/a.png)\n\n![ما](${OUR_IMAGE})`,
      },
    })

    const preview = screen.getByTestId('markdown-preview')
    expect(await within(preview).findByRole('heading', { name: 'خواب خوب' })).toBeTruthy()
    expect(preview.querySelector('script')).toBeNull()
    expect(within(preview).queryByRole('link')).toBeNull()
    expect([...preview.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      OUR_IMAGE,
    ])

    const warnings = screen.getByText('Fix this text before saving:').parentElement as HTMLElement
    expect(within(warnings).getAllByText(/HTML is not accepted/)).toHaveLength(2)
    expect(within(warnings).getByText(/This link is not safe/)).toBeTruthy()
    expect(within(warnings).getByText(/Pictures must be YektaYar files/)).toBeTruthy()
    expect(within(warnings).getByText('https://evil.example/a.png')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    expect(screen.getByText('Fix the marked fields before saving.')).toBeTruthy()
    expect(writes(calls)).toEqual([])
  })

  it('adds an article lesson with its length in seconds, then returns to the course', async () => {
    const calls = lessonApi()
    const router = renderPage(
      NEW_PATH,
      LessonEditorPage,
      `/courses/${COURSE_ID}/lessons/new/article`,
    )
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'چرا خواب مهم است')
    await userEvent.type(screen.getByLabelText('Title (English)'), 'Why sleep matters')
    const minutes = screen.getByLabelText('Time to read or do (minutes)')
    await userEvent.clear(minutes)
    await userEvent.type(minutes, '۴')
    fireEvent.change(screen.getByLabelText('Lesson text (Markdown)'), {
      target: { value: '## خواب\n\nخواب کافی به [تمرکز](https://example.org) کمک می‌کند.' },
    })
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))

    await waitFor(() =>
      expect(writes(calls)).toEqual([
        {
          method: 'POST',
          path: `/api/v1/courses/${COURSE_ID}/lessons`,
          body: {
            kind: 'article',
            title: 'چرا خواب مهم است',
            titleEn: 'Why sleep matters',
            durationSeconds: 240,
            body: '## خواب\n\nخواب کافی به [تمرکز](https://example.org) کمک می‌کند.',
          },
        },
      ]),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe(`/courses/${COURSE_ID}`))
    expect(router.state.location.state).toEqual({ courseNotice: 'lessonSaved' })
  })

  it('names each missing field instead of sending', async () => {
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/article`)
    await userEvent.click(await screen.findByRole('button', { name: 'Add lesson' }))
    expect(screen.getAllByText('Fill this in.')).toHaveLength(2)
    expect(screen.getByLabelText('Title (Persian)').getAttribute('aria-invalid')).toBe('true')
    expect(writes(calls)).toEqual([])
  })

  it('adds a breathing exercise with its rhythm', async () => {
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/exercise`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'تنفس ۴-۷-۸')
    const hold = screen.getByLabelText('Hold (seconds)')
    await userEvent.clear(hold)
    await userEvent.type(hold, '7')
    const exhale = screen.getByLabelText('Breathe out (seconds)')
    await userEvent.clear(exhale)
    await userEvent.type(exhale, '8')
    expect(screen.getByText('One cycle is 19 s; about 2:32 in all.')).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    await waitFor(() => expect(writes(calls)).toHaveLength(1))
    expect(writes(calls)[0]?.body).toEqual({
      kind: 'exercise',
      title: 'تنفس ۴-۷-۸',
      titleEn: null,
      durationSeconds: 300,
      body: null,
      exercise: {
        kind: 'breathing',
        inhaleSeconds: 4,
        holdSeconds: 7,
        exhaleSeconds: 8,
        restSeconds: 0,
        cycles: 8,
      },
    })
  })

  it('refuses breathing settings outside what the exercise allows', async () => {
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/exercise`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'تنفس')
    const cycles = screen.getByLabelText('Cycles')
    await userEvent.clear(cycles)
    await userEvent.type(cycles, '40')
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    expect(screen.getByText('At most 30.')).toBeTruthy()
    expect(writes(calls)).toEqual([])
  })

  it('edits a thought record: only what changed is sent', async () => {
    const saved = lesson(2, {
      kind: 'exercise',
      body: null,
      exercise: { kind: 'thought_record', emotions: ['اضطراب'] },
    })
    const calls = fakeApi(['courses.manage'], (call) =>
      call.method === 'GET'
        ? { status: 200, body: course({ lessons: [lesson(1), saved] }) }
        : { status: 200, body: saved },
    )
    renderPage(EDIT_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/${saved.id}`)
    expect(
      await screen.findByRole('heading', { name: 'Edit lesson 2 of “Better sleep”' }),
    ).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'Thought record (CBT)' })).toHaveProperty(
      'checked',
      true,
    )
    const emotions = screen.getByLabelText('Suggested emotions')
    await userEvent.type(emotions, '{Enter}غم')
    await userEvent.click(screen.getByRole('button', { name: 'Save lesson' }))
    await waitFor(() => expect(writes(calls)).toHaveLength(1))
    expect(writes(calls)[0]).toEqual({
      method: 'PATCH',
      path: `/api/v1/lessons/${saved.id}`,
      body: { exercise: { kind: 'thought_record', emotions: ['اضطراب', 'غم'] } },
    })
    expect(await screen.findByText('The lesson is saved.')).toBeTruthy()
  })

  it('shows the server’s refusal of the Markdown in the reader’s language', async () => {
    lessonApi(() => problem(422, 'MARKDOWN_UNSAFE'))
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/article`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'x')
    fireEvent.change(screen.getByLabelText('Lesson text (Markdown)'), { target: { value: 'متن' } })
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    expect(
      await screen.findByText(
        'The text contains HTML, an unsafe link or an image from outside YektaYar.',
      ),
    ).toBeTruthy()
  })

  it('uploads a video with progress; a failure says why and is retried; cancel stops it', async () => {
    const uploads: { options: UploadOptions; settle: (file: UploadedFile | Error) => void }[] = []
    vi.mocked(uploadFile).mockImplementation(
      (options) =>
        new Promise((resolve, reject) => {
          uploads.push({
            options,
            settle: (result) => (result instanceof Error ? reject(result) : resolve(result)),
          })
        }),
    )
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/video`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'تنفس با تصویر')
    const video = new File(['x'.repeat(1000)], 'breathing.mp4', { type: 'video/mp4' })
    await userEvent.upload(screen.getByLabelText(/^Video file/), video)

    expect(uploads[0]?.options.purpose).toBe('course_media')
    uploads[0]?.options.onProgress?.(250, 1000)
    expect(await screen.findByText('Uploading breathing.mp4: 25%')).toBeTruthy()
    expect(
      screen.getByRole('progressbar', { name: 'Upload progress of breathing.mp4' }),
    ).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    expect(screen.getByText('Wait for the upload to finish.')).toBeTruthy()

    uploads[0]?.settle(new ApiError(problem(413, 'FILE_TOO_LARGE').body))
    expect(
      await screen.findByText('This file is too large (in size or dimensions) for this use.'),
    ).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(uploads).toHaveLength(2)
    expect(uploads[1]?.options.file).toBe(video)
    await userEvent.click(screen.getByRole('button', { name: 'Cancel upload' }))
    expect(uploads[1]?.options.signal?.aborted).toBe(true)
    expect(screen.queryByRole('progressbar')).toBeNull()

    await userEvent.upload(screen.getByLabelText(/^Video file/), video)
    uploads[2]?.settle({ id: VIDEO_ID, url: `/api/v1/files/${VIDEO_ID}` } as UploadedFile)
    expect(await screen.findByText('breathing.mp4 is uploaded.')).toBeTruthy()
    const seconds = screen.getByLabelText('Video length (seconds)')
    await userEvent.type(seconds, '95')
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    await waitFor(() => expect(writes(calls)).toHaveLength(1))
    expect(writes(calls)[0]?.body).toEqual({
      kind: 'video',
      title: 'تنفس با تصویر',
      titleEn: null,
      durationSeconds: 95,
      body: null,
      videoFileId: VIDEO_ID,
      captionsFileId: null,
    })
  })

  it('asks for the video before saving a video lesson', async () => {
    const calls = lessonApi()
    renderPage(NEW_PATH, LessonEditorPage, `/courses/${COURSE_ID}/lessons/new/video`)
    await userEvent.type(await screen.findByLabelText('Title (Persian)'), 'ویدیو')
    await userEvent.type(screen.getByLabelText('Video length (seconds)'), '60')
    await userEvent.click(screen.getByRole('button', { name: 'Add lesson' }))
    expect(screen.getByText('Upload the video file.')).toBeTruthy()
    expect(writes(calls)).toEqual([])
  })
})
