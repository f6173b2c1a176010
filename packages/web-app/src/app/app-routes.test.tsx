import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { UserType } from '@yektayar/shared/types'
import { createQueryClient, i18n, SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initAppI18n } from './i18n-both-languages.ts'
import { appRoutes } from './router.tsx'

initAppI18n()

function renderAt(entry: string | { pathname: string; state: unknown }, as?: UserType) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [entry] })
  const client = createQueryClient()
  if (as) client.setQueryData(SESSION_KEY, { user: { id: 'u', type: as }, permissions: [] })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('web-app routes', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('opens on the Persian home page, right to left', async () => {
    renderAt('/')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'برای حال خوب، لازم نیست تنها باشید' }),
    ).toBeTruthy()
    expect(document.documentElement.dir).toBe('rtl')
    expect(screen.getByRole('heading', { name: 'یافتن روان‌شناس' })).toBeTruthy()
  })

  it('switches the home page to English', async () => {
    renderAt('/')
    await screen.findByRole('heading', { level: 1 })

    await userEvent.click(screen.getByRole('button', { name: 'English' }))

    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Feeling better is not something you have to do alone',
      }),
    ).toBeTruthy()
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('shows the signed-in notice once, until dismissed', async () => {
    const router = renderAt({ pathname: '/', state: { notice: 'signedIn' } })

    expect(
      (await screen.findByText('خوش آمدید! با موفقیت وارد شدید.')).closest('[role=status]'),
    ).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'بستن' }))

    expect(screen.queryByText('خوش آمدید! با موفقیت وارد شدید.')).toBeNull()
    expect(router.state.location.state).toBeNull()
  })

  it('has a sign-in route', async () => {
    renderAt('/sign-in')
    expect(await screen.findByRole('heading', { level: 1, name: 'ورود به یکتایار' })).toBeTruthy()
  })

  it('answers unknown paths with a not-found page that leads home', async () => {
    renderAt('/no-such-page')
    expect(await screen.findByRole('heading', { name: 'این صفحه پیدا نشد' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'بازگشت به صفحهٔ اصلی' }).getAttribute('href')).toBe('/')
  })

  it('opens the practice page for psychologists only', async () => {
    // Nothing the pages ask for answers: the route and its guard are what is under test.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 503 })),
    )
    renderAt('/practice', 'psychologist')
    // The page is a lazy chunk: its first import here is transformed on the spot, which takes
    // over the default second on a busy machine.
    const heading = { level: 1, name: 'صفحهٔ حرفه‌ای من' }
    expect(await screen.findByRole('heading', heading, { timeout: 15_000 })).toBeTruthy()
  })

  it('sends anyone else from the practice page to their home page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 503 })),
    )
    const router = renderAt('/practice', 'patient')
    await vi.waitFor(() => expect(router.state.location.pathname).not.toBe('/practice'))
    expect(screen.queryByRole('heading', { level: 1, name: 'صفحهٔ حرفه‌ای من' })).toBeNull()
  })

  it("opens a patient's summary for psychologists and sends anyone else home", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 503 })),
    )
    const path = '/patients/00000000-0000-4000-8000-0000000000aa'
    const router = renderAt(path, 'patient')
    await vi.waitFor(() => expect(router.state.location.pathname).not.toBe(path))
    cleanup()
    renderAt(path, 'psychologist')
    const back = { name: 'بازگشت به برنامهٔ جلسات' }
    expect(await screen.findByRole('link', back, { timeout: 15_000 })).toBeTruthy()
  })

  it('opens what patients shared of the companion to psychologists only', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 503 })),
    )
    const router = renderAt('/companion/shared', 'patient')
    // The matched pages' lazy chunks load before the guard answers.
    await vi.waitFor(() => expect(router.state.location.pathname).not.toBe('/companion/shared'), {
      timeout: 15_000,
    })
    cleanup()
    renderAt('/companion/shared', 'psychologist')
    const heading = { level: 1, name: 'گفت‌وگوهای هم‌رسانی‌شده با شما' }
    expect(await screen.findByRole('heading', heading, { timeout: 15_000 })).toBeTruthy()
  })
})
