import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { directoryMessagesFa } from '../directory-messages-fa.ts'
import { DirectoryPage } from './directory-page.tsx'

initTestI18n({ fa: { directory: directoryMessagesFa }, en: {} })

const maryam = {
  id: '11111111-1111-4111-8111-111111111111',
  name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' },
  photoUrl: null,
  gender: 'female',
  yearsOfExperience: 12,
  specialties: ['anxiety', 'depression'],
  approaches: ['cbt'],
  languages: ['fa', 'en'],
  isVerified: true,
  modes: ['video', 'phone'],
  minPriceIrr: 12_000_000,
}

function fakeApi(pages: unknown[]) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL) => {
    const body = pages.length > 1 ? pages.shift() : pages[0]
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    queries: () =>
      fetchMock.mock.calls.map(
        ([input]) => new URL(String(input), 'http://localhost').searchParams,
      ),
  }
}

function renderDirectory(entry = '/psychologists') {
  const router = createMemoryRouter([{ path: '/psychologists', Component: DirectoryPage }], {
    initialEntries: [entry],
  })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('DirectoryPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('searches by name once typing pauses, and shows how many matched', async () => {
    const api = fakeApi([
      { items: [maryam], nextCursor: null, total: 8 },
      { items: [maryam], nextCursor: null, total: 1 },
    ])
    const router = renderDirectory()
    expect(await screen.findByText('۸ روان‌شناس')).toBeTruthy()
    await userEvent.type(screen.getByLabelText('جست‌وجوی نام'), 'مريم')
    expect(await screen.findByText('۱ روان‌شناس')).toBeTruthy()
    expect(api.queries().at(-1)?.get('q')).toBe('مريم')
    expect(router.state.location.search).toContain('q=')
  })

  it('says when a psychologist has no free time soon', async () => {
    fakeApi([{ items: [{ ...maryam, nextAvailableAt: null }], nextCursor: null, total: 1 }])
    renderDirectory()
    expect(await screen.findByText('زمان آزادی در ۳۰ روز آینده ندارد')).toBeTruthy()
  })

  it('shows a card per psychologist, with the price in toman', async () => {
    fakeApi([{ items: [maryam], nextCursor: null }])
    renderDirectory()

    const link = await screen.findByRole('link', { name: 'مریم احمدی' })
    expect(link.getAttribute('href')).toBe(`/psychologists/${maryam.id}`)
    expect(screen.getByText('تأییدشده')).toBeTruthy()
    expect(screen.getByText('۱۲ سال سابقه')).toBeTruthy()
    expect(screen.getByText('از ۱٬۲۰۰٬۰۰۰ تومان')).toBeTruthy()
    const topics = screen.getByRole('list', { name: 'موضوع‌ها' })
    expect(within(topics).getByText('اضطراب')).toBeTruthy()
  })

  it('keeps the filters in the URL and asks the API with them, then offers more', async () => {
    const api = fakeApi([
      { items: [maryam], nextCursor: null },
      { items: [maryam], nextCursor: 'c1' },
      {
        items: [
          {
            ...maryam,
            id: '22222222-2222-4222-8222-222222222222',
            name: { fa: 'علی رضایی', en: 'Ali' },
          },
        ],
        nextCursor: null,
      },
    ])
    const user = userEvent.setup()
    const router = renderDirectory('/psychologists?soon=1')
    await screen.findByRole('link', { name: 'مریم احمدی' })

    await user.selectOptions(screen.getByLabelText('موضوع'), 'anxiety')

    expect(router.state.location.search).toBe('?specialty=anxiety&soon=1')
    await user.click(await screen.findByRole('button', { name: 'نمایش روان‌شناسان بیشتر' }))
    expect(await screen.findByRole('link', { name: 'علی رضایی' })).toBeTruthy()
    const [first, filtered, more] = api.queries()
    expect(first?.get('availableWithinDays')).toBe('7')
    expect(first?.get('specialty')).toBeNull()
    expect(filtered?.get('specialty')).toBe('anxiety')
    expect(more?.get('cursor')).toBe('c1')
  })

  it('keeps both of two filter changes made before the page re-rendered', async () => {
    fakeApi([{ items: [maryam], nextCursor: null }])
    const router = renderDirectory()
    await screen.findByRole('link', { name: 'مریم احمدی' })

    // One act: React renders only after both changes, as a slow phone does with quick taps.
    act(() => {
      fireEvent.change(screen.getByLabelText('موضوع'), { target: { value: 'anxiety' } })
      fireEvent.change(screen.getByLabelText('جنسیت روان‌شناس'), { target: { value: 'female' } })
    })

    await waitFor(() =>
      expect(router.state.location.search).toBe('?specialty=anxiety&gender=female'),
    )
  })

  it('says so when nothing matches', async () => {
    fakeApi([{ items: [], nextCursor: null }])
    renderDirectory('/psychologists?gender=male&maxPrice=500000')

    expect(await screen.findByText('روان‌شناسی با این فیلترها پیدا نشد')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'پاک کردن فیلترها' })).toBeTruthy()
  })
})
