import { screen, within } from '@testing-library/react'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COURSE_ID, course, figures, problem } from '../testing/course-fixtures.ts'
import { fakeApi, renderPage } from '../testing/render-page.tsx'
import { CoursesPage } from './courses-page.tsx'

const {
  lessons: _lessons,
  author: _a,
  reviewer: _r,
  locked: _l,
  resume: _re,
  ...summary
} = course({ durationMinutes: 15, lessonCount: 3 })
const DRAFT = {
  ...summary,
  id: '33333333-3333-4333-8333-333333333333',
  title: 'نگرانی',
  titleEn: null,
  priceIrr: 5_000_000,
}
const PUBLISHED = { ...summary, isPublished: true, publishedAt: '2026-11-01T06:00:00.000Z' }

describe('courses page', () => {
  beforeEach(() => i18n.changeLanguage('en'))
  afterEach(() => vi.unstubAllGlobals())

  it('lists drafts and published courses with their enrolments and completions', async () => {
    const calls = fakeApi(['courses.manage'], (call) => {
      if (call.path.startsWith('/api/v1/courses?')) {
        return { status: 200, body: { items: [PUBLISHED, DRAFT], nextCursor: null } }
      }
      if (call.path === `/api/v1/courses/${COURSE_ID}/figures`) {
        return { status: 200, body: figures() }
      }
      return { status: 200, body: figures({ enrolments: 0, completions: 0 }) }
    })
    renderPage('/courses', CoursesPage)

    const table = await screen.findByRole('table')
    const [, first, second] = within(table).getAllByRole('row')
    expect(within(first as HTMLElement).getByText('Better sleep')).toBeTruthy()
    expect(within(first as HTMLElement).getByText('Published')).toBeTruthy()
    expect(await within(first as HTMLElement).findByText('42')).toBeTruthy()
    expect(within(first as HTMLElement).getByText('7')).toBeTruthy()
    expect(within(first as HTMLElement).getByText('Free')).toBeTruthy()
    // No English title: the Persian one stands in; 5,000,000 rials are 500,000 toman.
    expect(within(second as HTMLElement).getByText('نگرانی')).toBeTruthy()
    expect(within(second as HTMLElement).getByText('Draft')).toBeTruthy()
    expect(within(second as HTMLElement).getByText('500,000 toman')).toBeTruthy()
    expect(within(second as HTMLElement).getByText('3 lessons · 15 min')).toBeTruthy()
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: 'Edit “Better sleep”' })
        .getAttribute('href'),
    ).toBe(`/courses/${COURSE_ID}`)
    expect(calls[0]?.path).toBe('/api/v1/courses?includeDrafts=true&limit=20')
  })

  it('reads in Persian, with Persian digits', async () => {
    await i18n.changeLanguage('fa')
    fakeApi(['courses.manage'], (call) =>
      call.path.endsWith('/figures')
        ? { status: 200, body: figures() }
        : { status: 200, body: { items: [PUBLISHED], nextCursor: null } },
    )
    renderPage('/courses', CoursesPage)
    const table = await screen.findByRole('table')
    expect(within(table).getByText('خواب بهتر')).toBeTruthy()
    expect(within(table).getByText('منتشرشده')).toBeTruthy()
    expect(await within(table).findByText('۴۲')).toBeTruthy()
  })

  it('invites the first course when there is none', async () => {
    fakeApi(['courses.manage'], () => ({ status: 200, body: { items: [], nextCursor: null } }))
    renderPage('/courses', CoursesPage)
    expect(await screen.findByText('No course has been written yet.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'New course' }).getAttribute('href')).toBe(
      '/courses/new',
    )
  })

  it('says what failed, and tries again', async () => {
    let failing = true
    fakeApi(['courses.manage'], () =>
      failing ? problem(403, 'FORBIDDEN') : { status: 200, body: { items: [], nextCursor: null } },
    )
    renderPage('/courses', CoursesPage)
    const alert = await screen.findByRole('alert')
    failing = false
    within(alert).getByRole('button').click()
    expect(await screen.findByText('No course has been written yet.')).toBeTruthy()
  })

  it('tells staff without courses.manage that they may not, and asks the API nothing', async () => {
    const calls = fakeApi(['notifications.announce'], () => ({ status: 200, body: {} }))
    renderPage('/courses', CoursesPage)
    expect(await screen.findByText('No access')).toBeTruthy()
    expect(screen.queryByRole('link', { name: 'New course' })).toBeNull()
    expect(calls).toEqual([])
  })
})
