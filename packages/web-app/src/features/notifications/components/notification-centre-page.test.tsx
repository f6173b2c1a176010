import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { NotificationView } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  fakeApi,
  initTestI18n,
  problem,
  type Reply,
  userFixture,
  withQueryClient,
} from '../../../shared/testing/test-support.tsx'
import { notificationsMessagesEn } from '../notifications-messages-en.ts'
import { notificationsMessagesFa } from '../notifications-messages-fa.ts'
import { NotificationCentrePage } from './notification-centre-page.tsx'

beforeAll(() => {
  initTestI18n({
    fa: { notifications: notificationsMessagesFa },
    en: { notifications: notificationsMessagesEn },
  })
})
// Sunday 6 December 2026 (۱۵ آذر ۱۴۰۵), 12:00 in Tehran (UTC+3:30).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-06T08:30:00.000Z'))
})
afterEach(() => vi.useRealTimers())

const ok = (body: unknown): Reply => ({ status: 200, body })
let serial = 0
function item(createdAt: string, overrides: Partial<NotificationView> = {}): NotificationView {
  serial += 1
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    category: 'appointment_reminder',
    title: `یادآوری ${serial}`,
    body: 'فردا ساعت ۱۰:۳۰ جلسه دارید',
    link: null,
    createdAt,
    readAt: '2026-12-06T09:00:00.000Z',
    ...overrides,
  }
}
const page = (items: NotificationView[], nextCursor: string | null, unreadCount: number) =>
  ok({ items, nextCursor, unreadCount })

const LIST = 'GET /api/v1/notifications?limit=20'

function renderCentre(replies: Record<string, Reply[]>) {
  const api = fakeApi({ 'GET /api/v1/users/me': [ok(userFixture())], ...replies })
  const router = createMemoryRouter(
    [
      { path: '/notifications', element: <NotificationCentrePage /> },
      { path: '/appointments/:id', element: <p>appointment page</p> },
    ],
    { initialEntries: ['/notifications'] },
  )
  render(withQueryClient(<RouterProvider router={router} />))
  return { api, router }
}

describe('the notification centre', () => {
  it('groups by day in the Jalali calendar in the reader’s zone, newest first, unread marked', async () => {
    await i18n.changeLanguage('fa')
    const items = [
      item('2026-12-06T08:00:00.000Z', { readAt: null, title: 'نوبت رزرو شد' }),
      // 00:30 on 6 December in Tehran, still the 5th in UTC: today here.
      item('2026-12-05T21:00:00.000Z'),
      item('2026-12-05T10:00:00.000Z'),
      item('2026-11-20T10:00:00.000Z'),
    ]
    renderCentre({ [LIST]: [page(items, null, 1)] })

    const headings = await screen.findAllByRole('heading', { level: 2 })
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'امروز — یکشنبه ۱۵ آذر ۱۴۰۵',
      'دیروز — شنبه ۱۴ آذر ۱۴۰۵',
      'جمعه ۲۹ آبان ۱۴۰۵',
    ])
    const today = screen.getByRole('region', { name: /امروز/ })
    const rows = within(today).getAllByRole('listitem')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.textContent).toContain('خوانده‌نشده: نوبت رزرو شد')
    expect(rows[0]?.textContent).toContain('۱۱:۳۰')
    expect(rows[1]?.textContent).not.toContain('خوانده‌نشده')
    expect(rows[1]?.textContent).toContain('۰۰:۳۰')
  })

  it('opening an unread one marks it read and goes to its link', async () => {
    await i18n.changeLanguage('en')
    const unread = item('2026-12-06T08:00:00.000Z', {
      readAt: null,
      title: 'Appointment booked',
      link: '/appointments/abc',
    })
    const { api, router } = renderCentre({
      [LIST]: [page([unread], null, 1)],
      [`POST /api/v1/notifications/${unread.id}/read`]: [ok({ unreadCount: 0 })],
    })
    fireEvent.click(await screen.findByRole('link', { name: /Appointment booked/ }))
    await screen.findByText('appointment page')
    expect(router.state.location.pathname).toBe('/appointments/abc')
    await waitFor(() =>
      expect(api.calls().map((call) => call.key)).toContain(
        `POST /api/v1/notifications/${unread.id}/read`,
      ),
    )
  })

  it('marks all read, then has nothing left to mark', async () => {
    await i18n.changeLanguage('en')
    const unread = item('2026-12-06T08:00:00.000Z', { readAt: null, title: 'Receipt' })
    const { api } = renderCentre({
      [LIST]: [page([unread], null, 1)],
      'GET /api/v1/notifications/unread-count': [ok({ unreadCount: 1 })],
      'POST /api/v1/notifications/read-all': [ok({ unreadCount: 0 })],
    })
    const markAll = await screen.findByRole('button', { name: 'Mark all as read' })
    await waitFor(() => expect(markAll).toHaveProperty('disabled', false))
    fireEvent.click(markAll)
    await waitFor(() => expect(markAll).toHaveProperty('disabled', true))
    expect(api.calls().map((call) => call.key)).toContain('POST /api/v1/notifications/read-all')
    // Read now, and without a link: no longer something to click.
    await waitFor(() => expect(screen.queryByRole('button', { name: /Receipt/ })).toBeNull())
    expect(screen.getByText('Receipt').textContent).not.toContain('Unread')
  })

  it('loads older pages by the cursor the last page gave', async () => {
    await i18n.changeLanguage('en')
    const first = item('2026-12-06T08:00:00.000Z', { title: 'Newest' })
    const older = item('2026-10-01T08:00:00.000Z', { title: 'Oldest' })
    const { api } = renderCentre({
      [LIST]: [page([first], 'cursor-1', 0)],
      'GET /api/v1/notifications?limit=20&cursor=cursor-1': [page([older], null, 0)],
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Older notifications' }))
    await screen.findByText('Oldest')
    expect(screen.queryByRole('button', { name: 'Older notifications' })).toBeNull()
    expect(api.calls().map((call) => call.key)).toContain(
      'GET /api/v1/notifications?limit=20&cursor=cursor-1',
    )
  })

  it('says so when there is nothing yet', async () => {
    await i18n.changeLanguage('fa')
    renderCentre({ [LIST]: [page([], null, 0)] })
    await screen.findByRole('heading', { name: 'اعلانی ندارید' })
  })

  it('shows the failure with a retry that asks again', async () => {
    await i18n.changeLanguage('en')
    renderCentre({
      [LIST]: [
        problem(503, 'SERVICE_UNAVAILABLE'),
        page([item('2026-12-06T08:00:00.000Z', { title: 'Back again' })], null, 0),
      ],
    })
    fireEvent.click(await screen.findByRole('button', { name: /try again/i }))
    await screen.findByText('Back again')
  })
})
