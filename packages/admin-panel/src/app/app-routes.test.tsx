import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createQueryClient, i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initAppI18n } from './i18n.ts'
import { appRoutes } from './router.tsx'

initAppI18n()

type Reply = { status: number; body: unknown }

const SIGNED_OUT: Reply = {
  status: 401,
  body: { type: 'about:blank', title: 'x', status: 401, code: 'UNAUTHENTICATED' },
}

const signedInAs = (type: string, permissions: string[] = []): Reply => ({
  status: 200,
  body: {
    user: { id: 'u1', type },
    session: { id: 's1', expiresAt: null },
    permissions,
    totpSetupRequired: false,
  },
})

/** A fake API: the session answer given, sign-out accepted, and paths it was asked for. */
function fakeApi(session: Reply) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const path = String(input)
    const reply = path === '/api/v1/auth/session' ? session : { status: 204, body: null }
    const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
    const body = reply.status === 204 ? null : JSON.stringify(reply.body)
    return new Response(body, { status: reply.status, headers: { 'Content-Type': type } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calledPaths: () => fetchMock.mock.calls.map(([input]) => String(input)) }
}

function renderAt(path: string | { pathname: string; state: unknown }) {
  const router = createMemoryRouter(appRoutes, { basename: '/admin', initialEntries: [path] })
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return router
}

const DASHBOARD_TITLE = 'پیشخوان'

describe('admin-panel routes', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('opens on the Persian dashboard under /admin for signed-in staff', async () => {
    fakeApi(signedInAs('admin'))
    renderAt('/admin')

    // The first test loads the dashboard's chunk (charts included): slower than the rest.
    const heading = { level: 1, name: DASHBOARD_TITLE }
    expect(await screen.findByRole('heading', heading, { timeout: 10_000 })).toBeTruthy()
    // Without reports.read the figures are not asked for; the page says which permission.
    expect(screen.getByText(/reports\.read/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'خروج' })).toBeTruthy()
  })

  it('switches to English and left to right', async () => {
    fakeApi(signedInAs('admin'))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1 })
    // The brand link's name holds the words it shows (WCAG 2.5.3), in both languages.
    expect(screen.getByRole('link', { name: 'پیشخوان پنل مدیریت یکتایار' }).textContent).toBe(
      'یکتایار',
    )

    await userEvent.click(screen.getByRole('button', { name: 'English' }))

    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('en')
    expect(document.documentElement.dir).toBe('ltr')
    expect(screen.getByRole('link', { name: 'YektaYar admin dashboard' }).textContent).toBe(
      'YektaYar',
    )
  })

  it('serves the sign-in entry at /admin/sign-in', async () => {
    fakeApi(SIGNED_OUT)
    renderAt('/admin/sign-in')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ورود به پنل مدیریت' }),
    ).toBeTruthy()
  })

  it('sends a visitor to sign-in, keeping the page they asked for', async () => {
    fakeApi(SIGNED_OUT)
    const router = renderAt('/admin/users?page=2')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'ورود به پنل مدیریت' }),
    ).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin/sign-in')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/users?page=2')}`)
    expect(screen.queryByRole('heading', { name: DASHBOARD_TITLE })).toBeNull()
  })

  it('tells a patient plainly they have no access, and lets them sign out', async () => {
    const api = fakeApi(signedInAs('patient', ['users.read.own', 'appointments.read.own']))
    const router = renderAt({ pathname: '/admin', state: { notice: 'signedIn' } })

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'این حساب به پنل مدیریت دسترسی ندارد',
      }),
    ).toBeTruthy()
    expect(screen.queryByRole('heading', { name: DASHBOARD_TITLE })).toBeNull()
    // Arriving from sign-in, the "you are signed in to the panel" notice would contradict it.
    await waitFor(() => expect(screen.queryByText('با موفقیت وارد پنل مدیریت شدید.')).toBeNull())
    expect(router.state.location.state).toBeNull()

    const [signOut] = screen.getAllByRole('button', { name: 'خروج' })
    await userEvent.click(signOut as HTMLElement)

    expect(await screen.findByRole('heading', { name: 'ورود به پنل مدیریت' })).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin/sign-in')
    expect(api.calledPaths()).toContain('/api/v1/auth/logout')
  })

  it('signs staff out from the header and forgets the session', async () => {
    const api = fakeApi(signedInAs('admin'))
    const router = renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })

    await userEvent.click(screen.getByRole('button', { name: 'خروج' }))

    expect(await screen.findByRole('heading', { name: 'ورود به پنل مدیریت' })).toBeTruthy()
    expect(router.state.location.pathname).toBe('/admin/sign-in')
    expect(api.calledPaths().filter((path) => path === '/api/v1/auth/logout')).toHaveLength(1)
    // The dashboard is gone with the session: the header offers sign-in again.
    expect(screen.getByRole('link', { name: 'ورود' }).getAttribute('href')).toBe('/admin/sign-in')
  })

  it('lists notification sections only for staff holding their permission', async () => {
    fakeApi(signedInAs('admin', ['notifications.announce']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(nav.textContent).toContain('اطلاعیه‌ها')
    expect(nav.textContent).not.toContain('گزارش ارسال اعلان‌ها')
  })

  it('groups content and messages under one label in the navigation', async () => {
    const permissions = ['courses.manage', 'notifications.announce', 'notifications.manage']
    fakeApi(signedInAs('admin', [...permissions, 'threads.manage', 'professionals.verify']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    const group = screen.getByRole('list', { name: 'محتوا و پیام‌ها' })
    expect(
      within(group)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/admin/courses',
      '/admin/announcements',
      '/admin/notification-deliveries',
      '/admin/departments',
    ])
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).getByRole('link', { name: 'روان‌شناسان' }).getAttribute('href')).toBe(
      '/admin/clinicians',
    )
  })

  it('lists courses only for staff who may write them', async () => {
    fakeApi(signedInAs('admin', ['courses.manage']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).getByRole('link', { name: 'دوره‌ها' }).getAttribute('href')).toBe(
      '/admin/courses',
    )
    expect(nav.textContent).not.toContain('اطلاعیه‌ها')
  })

  it('hides courses from staff without courses.manage', async () => {
    fakeApi(signedInAs('admin', ['notifications.announce']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).queryByRole('link', { name: 'دوره‌ها' })).toBeNull()
  })

  it('lists configuration and companion figures by their own permissions', async () => {
    fakeApi(signedInAs('admin', ['config.manage']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).getByRole('link', { name: 'پیکربندی' }).getAttribute('href')).toBe(
      '/admin/configuration',
    )
    expect(nav.textContent).not.toContain('آمار همراه هوشمند')
  })

  it('lists the crisis on-call rota for safety.manage and opens it', async () => {
    const { calledPaths } = fakeApi(signedInAs('admin', ['safety.manage']))
    renderAt('/admin/on-call')
    expect(await screen.findByRole('heading', { level: 1, name: 'فهرست کشیک بحران' })).toBeTruthy()
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).getByRole('link', { name: 'کشیک بحران' }).getAttribute('href')).toBe(
      '/admin/on-call',
    )
    await waitFor(() => expect(calledPaths()).toContain('/api/v1/safety/on-call'))
  })

  it('opens the companion figures page for reports.read holders', async () => {
    const { calledPaths } = fakeApi(signedInAs('admin', ['reports.read']))
    renderAt('/admin/companion-figures')
    expect(await screen.findByRole('heading', { level: 1, name: 'آمار همراه هوشمند' })).toBeTruthy()
    const nav = screen.getByRole('navigation', { name: 'بخش‌های پنل' })
    expect(within(nav).getByRole('link', { name: 'آمار همراه هوشمند' })).toBeTruthy()
    await waitFor(() => expect(calledPaths()).toContain('/api/v1/admin/companion/figures?days=30'))
  })

  it('shows no section links to staff without a notifications permission', async () => {
    fakeApi(signedInAs('admin', ['notes.read.any']))
    renderAt('/admin')
    await screen.findByRole('heading', { level: 1, name: DASHBOARD_TITLE })
    expect(screen.queryByRole('navigation', { name: 'بخش‌های پنل' })).toBeNull()
  })
})
