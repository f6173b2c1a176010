import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { enrollment, summary } from '../testing/course-fixtures.ts'
import { initCoursesI18n, renderCourses } from '../testing/render-courses.tsx'

initCoursesI18n()

const worry = summary({
  id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b',
  title: 'مدیریت نگرانی',
  titleEn: 'Managing worry',
  tags: ['worry'],
  contentType: 'interactive',
  myEnrollment: enrollment({ progress: 40 }),
})

/** A catalogue that answers pages in turn and records each query it was asked. */
function fakeCatalogue(pages: unknown[]) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL) => {
    const body = pages.length > 1 ? pages.shift() : pages[0]
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    queries: () =>
      fetchMock.mock.calls
        .map(([input]) => new URL(String(input), 'http://localhost'))
        .filter((url) => url.pathname === '/api/v1/courses')
        .map((url) => url.searchParams),
  }
}

describe('CataloguePage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('shows each course with its length in Persian digits, and a ring on mine', async () => {
    fakeCatalogue([{ items: [summary(), worry], nextCursor: null }])
    renderCourses('/courses')
    const card = (await screen.findByRole('link', { name: 'مدیریت نگرانی' })).closest(
      'div.relative',
    )
    expect(card).not.toBeNull()
    expect(within(card as HTMLElement).getByRole('img', { name: 'پیشرفت ۴۰٪' })).toBeTruthy()
    expect(screen.getAllByText('۲۵ دقیقه')).toHaveLength(2)
    expect(screen.getAllByText('رایگان')).toHaveLength(2)
    // Not enrolled: no ring.
    const sleep = screen.getByRole('link', { name: 'خواب بهتر' }).closest('div.relative')
    expect(within(sleep as HTMLElement).queryByRole('img')).toBeNull()
  })

  it('searches in Persian once typing pauses, and keeps the words in the URL', async () => {
    const api = fakeCatalogue([
      { items: [summary(), worry], nextCursor: null },
      { items: [worry], nextCursor: null },
    ])
    const { router } = renderCourses('/courses')
    await screen.findByRole('link', { name: 'خواب بهتر' })
    await userEvent.type(screen.getByLabelText('جست‌وجوی دوره'), 'نگراني')
    await waitFor(() => expect(screen.queryByRole('link', { name: 'خواب بهتر' })).toBeNull())
    expect(api.queries().at(-1)?.get('q')).toBe('نگراني')
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('نگراني')
  })

  it('filters by topic, level and length, as the API names them', async () => {
    const api = fakeCatalogue([{ items: [worry], nextCursor: null }])
    renderCourses('/courses')
    await screen.findByRole('link', { name: 'مدیریت نگرانی' })
    await userEvent.click(screen.getByRole('button', { name: 'پالایش' }))
    await userEvent.click(screen.getByRole('button', { name: 'نگرانی' }))
    await waitFor(() => expect(api.queries().at(-1)?.get('tags')).toBe('worry'))
    expect(screen.getByRole('button', { name: 'نگرانی', pressed: true })).toBeTruthy()
    await userEvent.selectOptions(screen.getByLabelText('سطح'), 'beginner')
    await userEvent.selectOptions(screen.getByLabelText('مدت'), 'medium')
    await waitFor(() => {
      const query = api.queries().at(-1)
      expect(query?.get('difficulty')).toBe('beginner')
      expect(query?.get('minMinutes')).toBe('16')
      expect(query?.get('maxMinutes')).toBe('30')
      expect(query?.get('tags')).toBe('worry')
    })
  })

  it('pages on with the cursor it was given', async () => {
    const api = fakeCatalogue([
      { items: [summary()], nextCursor: 'next-page' },
      { items: [worry], nextCursor: null },
    ])
    renderCourses('/courses')
    await userEvent.click(await screen.findByRole('button', { name: 'دوره‌های بیشتر' }))
    await screen.findByRole('link', { name: 'مدیریت نگرانی' })
    expect(api.queries().at(-1)?.get('cursor')).toBe('next-page')
    expect(screen.queryByRole('button', { name: 'دوره‌های بیشتر' })).toBeNull()
  })

  it('says so when nothing matches', async () => {
    fakeCatalogue([{ items: [], nextCursor: null }])
    renderCourses('/courses?q=zzz')
    expect(await screen.findByText('دوره‌ای پیدا نشد')).toBeTruthy()
  })

  it('shows English titles in English', async () => {
    await i18n.changeLanguage('en')
    fakeCatalogue([{ items: [worry], nextCursor: null }])
    renderCourses('/courses')
    expect(await screen.findByRole('link', { name: 'Managing worry' })).toBeTruthy()
    expect(screen.getByRole('img', { name: 'Progress 40%' })).toBeTruthy()
  })
})
