import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { act, render, screen, waitFor } from '@testing-library/react'
import type { NotificationView } from '@yektayar/shared/types'
import { i18n } from '@yektayar/ui'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Server } from 'socket.io'
import { io, type Socket } from 'socket.io-client'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, initTestI18n, withQueryClient } from '../../../shared/testing/test-support.tsx'
import { notificationsMessagesEn } from '../notifications-messages-en.ts'
import { notificationsMessagesFa } from '../notifications-messages-fa.ts'
import { NotificationBell } from './notification-bell.tsx'

// A real Socket.IO server on loopback speaks to the app's real client; only where the client
// connects to (the page's own origin in the app) is pointed at it.
const server = createServer()
const ioServer = new Server(server)
let client: Socket
vi.mock('../../../shared/realtime/app-socket.ts', () => ({ appSocket: () => client }))

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  initTestI18n({
    fa: { notifications: notificationsMessagesFa },
    en: { notifications: notificationsMessagesEn },
  })
})
afterAll(async () => {
  await ioServer.close()
})

beforeEach(async () => {
  const { port } = server.address() as AddressInfo
  client = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] })
  await new Promise<void>((resolve) => client.once('connect', () => resolve()))
})
afterEach(() => {
  client.close()
})

const notification = (title: string): NotificationView => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  category: 'appointment_booked',
  title,
  body: 'پنجشنبه ساعت ۱۰:۳۰',
  link: '/agenda',
  createdAt: '2026-12-06T08:00:00.000Z',
  readAt: null,
})

function renderBell() {
  const router = createMemoryRouter([{ path: '*', element: <NotificationBell /> }])
  return render(withQueryClient(<RouterProvider router={router} />))
}

describe('the notification bell', () => {
  it('shows the unread count in Persian digits and names it for screen readers', async () => {
    await i18n.changeLanguage('fa')
    fakeApi({
      'GET /api/v1/notifications/unread-count': [{ status: 200, body: { unreadCount: 3 } }],
    })
    renderBell()
    const bell = await screen.findByRole('link', { name: 'اعلان‌ها، ۳ خوانده‌نشده' })
    expect(bell.getAttribute('href')).toBe('/notifications')
    expect(screen.getByTestId('notification-badge').textContent).toBe('۳')
  })

  it('counts up live when the server sends notification:new, and down on notification:read', async () => {
    await i18n.changeLanguage('en')
    fakeApi({
      'GET /api/v1/notifications/unread-count': [{ status: 200, body: { unreadCount: 0 } }],
    })
    renderBell()
    await screen.findByRole('link', { name: 'Notifications' })
    expect(screen.queryByTestId('notification-badge')).toBeNull()

    await act(async () => {
      ioServer.emit('notification:new', {
        notification: notification('New booking'),
        unreadCount: 1,
      })
    })
    await screen.findByRole('link', { name: 'Notifications, 1 unread' })
    expect(screen.getByRole('status').textContent).toBe('New notification: New booking')

    await act(async () => {
      ioServer.emit('notification:new', { notification: notification('Another'), unreadCount: 120 })
    })
    await waitFor(() => expect(screen.getByTestId('notification-badge').textContent).toBe('99+'))
    screen.getByRole('link', { name: 'Notifications, 120 unread' })

    await act(async () => {
      ioServer.emit('notification:read', { unreadCount: 0 })
    })
    await screen.findByRole('link', { name: 'Notifications' })
    expect(screen.queryByTestId('notification-badge')).toBeNull()
  })
})
