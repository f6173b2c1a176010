import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { initAppI18n } from './i18n.ts'
import { createQueryClient } from './query-client.ts'
import { appRoutes } from './router.tsx'

initAppI18n()

function renderAt(path: string) {
  const router = createMemoryRouter(appRoutes, { basename: '/admin', initialEntries: [path] })
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('admin-panel routes', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('opens on the Persian dashboard landing under /admin', async () => {
    renderAt('/admin')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'همهٔ یکتایار، از یک جا' }),
    ).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'گزارش رویدادها' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'ورود به پنل' }).getAttribute('href')).toBe(
      '/admin/sign-in',
    )
  })

  it('switches to English and left to right', async () => {
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1 })

    await userEvent.click(screen.getByRole('button', { name: 'English' }))

    expect(
      screen.getByRole('heading', { level: 1, name: 'All of YektaYar, in one place' }),
    ).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dir).toBe('ltr')
  })

  it('serves the sign-in entry at /admin/sign-in', async () => {
    renderAt('/admin/sign-in')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ورود به پنل مدیریت' }),
    ).toBeTruthy()
  })
})
