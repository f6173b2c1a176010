import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initTestI18n } from '../../../shared/testing/test-support.tsx'
import { dashboardMessagesFa } from '../dashboard-messages-fa.ts'
import { DashboardPage } from './dashboard-page.tsx'

initTestI18n({ fa: { dashboard: dashboardMessagesFa }, en: {} })

type Reply = { status: number; body: unknown }
const ok = (body: unknown): Reply => ({ status: 200, body })

function fakeApi(replies: Record<string, Reply>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const { pathname } = new URL(String(input), 'http://localhost')
      const reply = replies[pathname] ?? { status: 500, body: null }
      const type = reply.status >= 400 ? 'application/problem+json' : 'application/json'
      return new Response(JSON.stringify(reply.body), {
        status: reply.status,
        headers: { 'Content-Type': type },
      })
    }),
  )
}

const session = (type: string) => ok({ user: { id: 'me', type }, session: {}, permissions: [] })
const me = (profile: object) => ok({ id: 'me', type: 'patient', profile, preferences: {} })
const upcoming = (items: object[]) => ok({ items, nextCursor: null })

function renderDashboard() {
  const router = createMemoryRouter([{ path: '/dashboard', Component: DashboardPage }], {
    initialEntries: ['/dashboard'],
  })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('DashboardPage', () => {
  beforeEach(() => i18n.changeLanguage('fa'))
  afterEach(() => vi.unstubAllGlobals())

  it('greets by name, links the room of a session about to start and sums the unread', async () => {
    const now = Date.now()
    fakeApi({
      '/api/v1/auth/session': session('patient'),
      '/api/v1/users/me': me({ firstName: 'سارا' }),
      '/api/v1/appointments': upcoming([
        {
          id: 'a',
          status: 'confirmed',
          patient: { id: 'me', name: { fa: 'سارا', en: 'Sara' } },
          psychologist: { id: 'p', name: { fa: 'مریم احمدی', en: 'Maryam Ahmadi' } },
          startsAt: new Date(now + 5 * 60_000).toISOString(),
          endsAt: new Date(now + 55 * 60_000).toISOString(),
          joinOpensAt: new Date(now - 5 * 60_000).toISOString(),
          joinUrl: 'https://meet.example/room-a',
        },
      ]),
      '/api/v1/threads': ok({ items: [{ unreadCount: 2 }, { unreadCount: 3 }], nextCursor: null }),
    })
    renderDashboard()

    expect(await screen.findByRole('heading', { level: 1, name: 'سلام سارا' })).toBeTruthy()
    expect(await screen.findByText(/^با مریم احمدی/)).toBeTruthy()
    const join = screen.getByRole('link', { name: 'ورود به جلسه' })
    expect(join.getAttribute('href')).toBe('https://meet.example/room-a')
    expect(await screen.findByText('۵ پیام خوانده‌نشده')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'پیدا کردن روان‌شناس' }).getAttribute('href')).toBe(
      '/psychologists',
    )
  })

  it('has empty states, and the psychologist’s own shortcuts', async () => {
    fakeApi({
      '/api/v1/auth/session': session('psychologist'),
      '/api/v1/users/me': me({}),
      '/api/v1/appointments': upcoming([]),
      '/api/v1/threads': ok({ items: [], nextCursor: null }),
    })
    renderDashboard()

    expect(await screen.findByRole('heading', { level: 1, name: 'سلام، خوش آمدید' })).toBeTruthy()
    expect(await screen.findByText('نوبت پیش‌رویی ندارید.')).toBeTruthy()
    expect(await screen.findByText('پیام خوانده‌نشده‌ای ندارید.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'ساعت‌های کاری' }).getAttribute('href')).toBe(
      '/availability',
    )
    expect(screen.queryByRole('link', { name: 'پرداخت‌ها' })).toBeNull()
  })

  it('shows the API’s error where the next appointment would be', async () => {
    fakeApi({
      '/api/v1/auth/session': session('patient'),
      '/api/v1/users/me': me({ firstName: 'سارا' }),
      '/api/v1/appointments': {
        status: 503,
        body: { type: 'about:blank', title: 'x', status: 503, code: 'SERVICE_UNAVAILABLE' },
      },
      '/api/v1/threads': ok({ items: [], nextCursor: null }),
      '/api/v1/enrollments/me': ok({ items: [], nextCursor: null }),
      '/api/v1/users/me/course-recommendations': ok({ items: [], nextCursor: null }),
    })
    renderDashboard()

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('سرویس موقتاً در دسترس نیست.')
    expect(alert.textContent).toContain('تلاش دوباره')
  })
})
