import type { NotificationPage, NotificationPreferences } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  type EngineHarness,
  engineHarness,
  testEvent,
} from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

describe('the notification centre and its settings over REST', () => {
  let t: TestApp
  let engine: EngineHarness
  let reader: SignedInUser
  let stranger: SignedInUser
  const ids: string[] = []

  beforeAll(async () => {
    t = await createTestApp()
    engine = engineHarness(t)
    reader = await createSignedInUser(t, 'patient')
    stranger = await createSignedInUser(t, 'patient')
    // Five notices a minute apart: the oldest is n1, the newest n5.
    for (let n = 1; n <= 5; n++) {
      engine.setClock(new Date(Date.UTC(2030, 0, 1, 9, n)))
      await handleNotificationEvent(engine.deps, testEvent(reader.id))
    }
    await handleNotificationEvent(engine.deps, testEvent(stranger.id))
    const rows = await t.database.query<{ id: string }>(
      'SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC',
      [reader.id],
    )
    ids.push(...rows.map((row) => row.id))
  })
  afterAll(() => t.close())

  const call = (
    user: SignedInUser,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...user.headers, ...headers },
      ...(payload ? { payload } : {}),
    })

  it('pages newest first with the unread count, in the language asked for', async () => {
    const first = await call(reader, 'GET', '/notifications?limit=2', undefined, {
      'accept-language': 'en-US,en;q=0.9',
    })
    expect(first.statusCode).toBe(200)
    const page1 = first.json() as NotificationPage
    expect(page1.items.map((item) => item.id)).toEqual(ids.slice(0, 2))
    expect(page1.items[0]?.title).toMatch(/^Announcement \d+$/)
    expect(page1.unreadCount).toBe(5)
    const seen = [...page1.items.map((item) => item.id)]
    let cursor = page1.nextCursor
    while (cursor) {
      const next = (
        await call(reader, 'GET', `/notifications?limit=2&cursor=${cursor}`)
      ).json() as NotificationPage
      seen.push(...next.items.map((item) => item.id))
      cursor = next.nextCursor
    }
    expect(seen).toEqual(ids)
    // No header: the reader's own language (Persian by default).
    const persian = (await call(reader, 'GET', '/notifications?limit=1')).json() as NotificationPage
    expect(persian.items[0]?.title).toMatch(/^اطلاعیه \d+$/)
  })

  it('marks one read for every tab, answers 404 for a foreign or unknown id', async () => {
    const read = await call(reader, 'POST', `/notifications/${ids[1]}/read`)
    expect(read.statusCode).toBe(200)
    expect(read.json()).toEqual({ unreadCount: 4 })
    expect((await call(reader, 'POST', `/notifications/${ids[1]}/read`)).json()).toEqual({
      unreadCount: 4,
    })
    const unread = (
      await call(reader, 'GET', '/notifications?unread=true')
    ).json() as NotificationPage
    expect(unread.items.map((item) => item.id)).toEqual(ids.filter((id) => id !== ids[1]))
    const readOne = (await call(reader, 'GET', '/notifications')).json() as NotificationPage
    expect(readOne.items.find((item) => item.id === ids[1])?.readAt).not.toBeNull()

    const foreign = await call(stranger, 'POST', `/notifications/${ids[0]}/read`)
    expect(foreign.statusCode).toBe(404)
    expect(foreign.json()).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' })
    const unknown = await call(reader, 'POST', `/notifications/${crypto.randomUUID()}/read`)
    expect(unknown.statusCode).toBe(404)
    expect((await call(reader, 'POST', '/notifications/not-a-uuid/read')).statusCode).toBe(400)
    expect((await call(reader, 'GET', '/notifications/unread-count')).json()).toEqual({
      unreadCount: 4,
    })
  })

  it('marks all read, only the reader’s own', async () => {
    const all = await call(reader, 'POST', '/notifications/read-all')
    expect(all.json()).toEqual({ unreadCount: 0 })
    expect((await call(stranger, 'GET', '/notifications/unread-count')).json()).toEqual({
      unreadCount: 1,
    })
    const strangerPage = (await call(stranger, 'GET', '/notifications')).json() as NotificationPage
    expect(strangerPage.items).toHaveLength(1)
  })

  it('refuses the anonymous and bad queries', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })
    expect(anonymous.statusCode).toBe(401)
    expect((await call(reader, 'GET', '/notifications?limit=0')).statusCode).toBe(400)
    expect((await call(reader, 'GET', '/notifications?cursor=bogus')).statusCode).toBe(400)
    expect((await call(reader, 'GET', '/notifications?extra=1')).statusCode).toBe(400)
  })

  it('shows the defaults, saves switches, quiet hours and discreet mode in one place each', async () => {
    const before = (
      await call(reader, 'GET', '/notifications/preferences')
    ).json() as NotificationPreferences
    expect(before).toMatchObject({
      categories: { announcement: { sms: false, email: false, push: true } },
      quietHours: { enabled: true, start: '22:00', end: '08:00' },
      discreetMode: false,
      timeZone: 'Asia/Tehran',
      pushAvailable: false,
    })
    const patched = await call(reader, 'PATCH', '/notifications/preferences', {
      categories: { message_digest: { sms: false }, safety_alert: { sms: false } },
      quietHours: { enabled: true, start: '23:00', end: '07:30' },
      discreetMode: true,
    })
    expect(patched.statusCode).toBe(200)
    const after = patched.json() as NotificationPreferences
    expect(after.categories.message_digest).toEqual({ sms: false, email: true, push: true })
    expect(after.categories.safety_alert).toEqual({ sms: true, email: false, push: true })
    expect(after.quietHours).toEqual({ enabled: true, start: '23:00', end: '07:30' })
    expect(after.discreetMode).toBe(true)
    // A second patch merges per channel; discreet mode is users.preferences', as /users/me shows.
    const again = await call(reader, 'PATCH', '/notifications/preferences', {
      categories: { message_digest: { email: false } },
    })
    expect((again.json() as NotificationPreferences).categories.message_digest).toEqual({
      sms: false,
      email: false,
      push: true,
    })
    const me = (await call(reader, 'GET', '/users/me')).json() as {
      preferences: Record<string, unknown>
    }
    expect(me.preferences.discreetMode).toBe(true)
    await call(reader, 'PATCH', '/users/me', { preferences: { timeZone: 'Europe/Berlin' } })
    const zoned = (
      await call(reader, 'GET', '/notifications/preferences')
    ).json() as NotificationPreferences
    expect(zoned.timeZone).toBe('Europe/Berlin')
  })

  it('limits writes per person, not per address', async () => {
    const busy = await createSignedInUser(t, 'patient')
    const codes: number[] = []
    for (let n = 0; n < 61; n++)
      codes.push((await call(busy, 'POST', '/notifications/read-all')).statusCode)
    expect(codes.slice(0, 60).every((code) => code === 200)).toBe(true)
    const limited = await call(busy, 'POST', '/notifications/read-all')
    expect(limited.statusCode).toBe(429)
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' })
    // Someone else from the same address is not held back.
    expect((await call(stranger, 'POST', '/notifications/read-all')).statusCode).toBe(200)
  })

  it('no longer takes the old switches in users.preferences', async () => {
    const response = await call(reader, 'PATCH', '/users/me', {
      preferences: { notificationChannels: { sms: false } },
    })
    expect(response.statusCode).toBe(400)
  })

  it('refuses unknown fields and bad values in a preferences patch', async () => {
    const bad = [
      { timeZone: 'Europe/Berlin' },
      { categories: { message_digest: { inApp: false } } },
      { categories: { no_such_category: { sms: false } } },
      { quietHours: { enabled: true, start: '25:00', end: '07:00' } },
      { quietHours: { enabled: true, start: '22:00' } },
      { discreetMode: 'yes' },
    ]
    for (const payload of bad) {
      const response = await call(reader, 'PATCH', '/notifications/preferences', payload)
      expect(response.statusCode, JSON.stringify(payload)).toBe(400)
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
    }
  })
})
