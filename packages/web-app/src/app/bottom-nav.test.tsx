import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { UserType } from '@yektayar/shared/types'
import { i18n, SESSION_KEY } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { BottomNav } from './bottom-nav.tsx'
import { initAppI18n } from './i18n-both-languages.ts'

initAppI18n()

function renderAs(type: UserType, path: string) {
  const client = new QueryClient()
  client.setQueryData(SESSION_KEY, { user: { id: 'u', type }, permissions: [] })
  const router = createMemoryRouter([{ path: '*', Component: BottomNav }], {
    initialEntries: [path],
  })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

describe('the phone tab bar', () => {
  beforeEach(() => i18n.changeLanguage('fa'))

  it('shows a patient four places and "more", marking where they are', () => {
    renderAs('patient', '/messages')
    const nav = screen.getByRole('navigation', { name: 'بخش‌های حساب' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'پیشخوان',
      'نوبت‌های من',
      'پیام‌ها',
      'روان‌شناسان',
    ])
    expect(within(nav).getByRole('link', { name: 'پیام‌ها' }).getAttribute('aria-current')).toBe(
      'page',
    )
    expect(within(nav).getByRole('button', { name: 'بیشتر' })).toBeTruthy()
  })

  it('opens the rest behind "more", by keyboard, and closes on Escape and on a new page', async () => {
    const router = renderAs('psychologist', '/agenda')
    const more = screen.getByRole('button', { name: 'بیشتر' })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    more.focus()
    await userEvent.keyboard('{Enter}')
    expect(more.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('link', { name: 'صندوق پشتیبانی' })).toBeTruthy()
    await userEvent.keyboard('{Escape}')
    expect(more.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(more)
    await userEvent.click(more)
    await userEvent.click(screen.getByRole('link', { name: 'تنظیمات' }))
    expect(router.state.location.pathname).toBe('/settings')
    expect(more.getAttribute('aria-expanded')).toBe('false')
  })

  it('gives a psychologist the companion conversations their patients shared, behind "more"', async () => {
    const router = renderAs('psychologist', '/agenda')
    await userEvent.click(screen.getByRole('button', { name: 'بیشتر' }))
    await userEvent.click(screen.getByRole('link', { name: 'هم‌رسانی‌های همراه هوشمند' }))
    expect(router.state.location.pathname).toBe('/companion/shared')
    expect(screen.getByRole('button', { name: 'بیشتر' }).className).toContain('text-primary')
  })
})
