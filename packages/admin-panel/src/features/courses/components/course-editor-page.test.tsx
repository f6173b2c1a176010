import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { CourseDetail } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COURSE_ID, course, figures, lesson, problem } from '../testing/course-fixtures.ts'
import { type FakeCall, fakeApi, renderPage } from '../testing/render-page.tsx'
import { CourseEditorPage } from './course-editor-page.tsx'

const COURSE_PATH = `/api/v1/courses/${COURSE_ID}`

/** A fake API around one course; `write` answers the writes, the reads follow `state`. */
function courseApi(state: { course: CourseDetail }, write?: (call: FakeCall) => unknown) {
  return fakeApi(['courses.manage'], (call) => {
    if (call.method !== 'GET') {
      const answer = write?.(call)
      if (answer) return answer as { status: number; body?: unknown }
    }
    if (call.path === COURSE_PATH) return { status: 200, body: state.course }
    if (call.path === `${COURSE_PATH}/figures`) return { status: 200, body: figures() }
    return { status: 404, body: problem(404, 'NOT_FOUND').body }
  })
}

/** The lesson list's titles, top to bottom. */
const lessonTitles = () =>
  screen
    .getAllByRole('listitem')
    .filter((item) => item.closest('ol'))
    .map((item) => item.querySelector('.font-semibold')?.textContent)

const openPage = () => renderPage('/courses/:courseId', CourseEditorPage, `/courses/${COURSE_ID}`)

describe('course editor', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('moves a lesson up with its button, sends the whole order and announces the new place', async () => {
    const state = { course: course() }
    const calls = courseApi(state, (call) => {
      if (call.method !== 'PUT') return undefined
      const ids = (call.body as { lessonIds: string[] }).lessonIds
      const byId = new Map(state.course.lessons.map((l) => [l.id, l]))
      state.course = course({
        lessons: ids.map((id, index) => ({ ...(byId.get(id) ?? lesson(9)), position: index + 1 })),
      })
      return { status: 200, body: state.course }
    })
    openPage()

    const up = await screen.findByRole('button', { name: 'Move “Lesson 3” up' })
    await userEvent.click(up)

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PUT')).toEqual({
        method: 'PUT',
        path: `${COURSE_PATH}/lesson-order`,
        body: { lessonIds: [lesson(1).id, lesson(3).id, lesson(2).id] },
      }),
    )
    expect(await screen.findByText('“Lesson 3” is now lesson 2.')).toBeTruthy()
    expect(lessonTitles()).toEqual(['Lesson 1', 'Lesson 3', 'Lesson 2'])
    // The first lesson cannot go higher: its button says so and does nothing.
    const top = screen.getByRole('button', { name: 'Move “Lesson 1” up' })
    expect(top.getAttribute('aria-disabled')).toBe('true')
    await userEvent.click(top)
    expect(calls.filter((call) => call.method === 'PUT')).toHaveLength(1)
  })

  it('puts the order back and says why when the server refuses it', async () => {
    const state = { course: course() }
    courseApi(state, (call) =>
      call.method === 'PUT' ? problem(409, 'LESSON_ORDER_MISMATCH') : undefined,
    )
    openPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Move “Lesson 2” down' }))
    expect(
      await screen.findByText('The new order must list every lesson of this course exactly once.'),
    ).toBeTruthy()
    expect(lessonTitles()).toEqual(['Lesson 1', 'Lesson 2', 'Lesson 3'])
  })

  it('deletes a lesson only after asking', async () => {
    const state = { course: course() }
    const calls = courseApi(state, (call) => {
      if (call.method !== 'DELETE') return undefined
      state.course = course({ lessons: [lesson(1), { ...lesson(3), position: 2 }] })
      return { status: 204 }
    })
    openPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Delete lesson “Lesson 2”' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete the lesson “Lesson 2”?' })
    expect(calls.filter((call) => call.method === 'DELETE')).toEqual([])

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete lesson' }))
    await waitFor(() =>
      expect(calls.filter((call) => call.method === 'DELETE').map((c) => c.path)).toEqual([
        `/api/v1/lessons/${lesson(2).id}`,
      ]),
    )
    await waitFor(() => expect(screen.queryByText('Lesson 2')).toBeNull())
  })

  it('shows what patients will see before publishing, then publishes', async () => {
    const state = { course: course({ priceIrr: 2_000_000 }) }
    const calls = courseApi(state, (call) => {
      if (!call.path.endsWith('/publish')) return undefined
      state.course = { ...state.course, isPublished: true, publishedAt: '2026-11-01T06:00:00Z' }
      return { status: 200, body: state.course }
    })
    openPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Publish course' }))

    const dialog = screen.getByRole('dialog', { name: 'Publish “خواب بهتر”?' })
    expect(within(dialog).getByText('Title and description: خواب بهتر')).toBeTruthy()
    expect(
      within(dialog).getByText('For people reading the app in English: Better sleep'),
    ).toBeTruthy()
    expect(within(dialog).getByText('Price: 200,000 toman')).toBeTruthy()
    expect(within(dialog).getByText('3 lessons, 15 min in all:')).toBeTruthy()
    expect(within(dialog).getByText('درس 2 · Article')).toBeTruthy()
    expect(calls.some((call) => call.method === 'POST')).toBe(false)

    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }))
    expect(await screen.findByText('The course is published.')).toBeTruthy()
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `${COURSE_PATH}/publish`,
    ])
    expect(screen.getByRole('button', { name: 'Back to draft' })).toBeTruthy()
  })

  it('keeps the dialog open with the server’s reason when publishing is refused', async () => {
    const state = { course: course() }
    courseApi(state, (call) =>
      call.path.endsWith('/publish') ? problem(409, 'COURSE_NOT_PUBLISHABLE') : undefined,
    )
    openPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Publish course' }))
    const dialog = screen.getByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }))
    expect(await within(dialog).findByRole('alert')).toBeTruthy()
    expect(screen.getByText('This course is a draft; only authors see it.')).toBeTruthy()
  })

  it('warns who loses access before unpublishing', async () => {
    const state = { course: course({ isPublished: true, publishedAt: '2026-11-01T06:00:00Z' }) }
    const calls = courseApi(state, (call) => {
      if (!call.path.endsWith('/unpublish')) return undefined
      state.course = { ...state.course, isPublished: false }
      return { status: 200, body: state.course }
    })
    openPage()
    await userEvent.click(await screen.findByRole('button', { name: 'Back to draft' }))
    const dialog = screen.getByRole('dialog', { name: 'Take “خواب بهتر” back to draft?' })
    expect(await within(dialog).findByText(/including the 42 enrolled/)).toBeTruthy()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to draft' }))
    expect(await screen.findByText('The course is a draft again.')).toBeTruthy()
    expect(calls.some((c) => c.path === `${COURSE_PATH}/unpublish`)).toBe(true)
  })

  it('cannot publish a course without lessons, and says why', async () => {
    courseApi({ course: course({ lessons: [] }) })
    openPage()
    expect(await screen.findByText('Add at least one lesson to publish.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Publish course' }).hasAttribute('disabled')).toBe(
      true,
    )
    expect(screen.getByText('This course has no lessons yet.')).toBeTruthy()
  })

  it('says plainly that a course does not exist', async () => {
    fakeApi(['courses.manage'], () => problem(404, 'NOT_FOUND'))
    openPage()
    expect(
      await screen.findByText('This course was not found; it may have been removed.'),
    ).toBeTruthy()
  })
})
