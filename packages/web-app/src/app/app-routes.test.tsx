import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createQueryClient, i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { initAppI18n } from './i18n-both-languages.ts'
import { appRoutes } from './router.tsx'

initAppI18n()

function renderAt(entry: string | { pathname: string; state: unknown }) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [entry] })
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('web-app routes', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

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
})
