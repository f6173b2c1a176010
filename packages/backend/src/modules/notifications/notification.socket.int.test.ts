import { randomBytes, randomUUID } from 'node:crypto'
import type {
  AppointmentReminderEvent,
  NotificationNewEvent,
  SystemAnnouncementEvent,
  UnreadCount,
} from '@yektayar/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  closeAllSockets,
  collect,
  connectSocket,
  listen,
  nextEvent,
  sleep,
} from '../../../test/messaging-fixtures.ts'
import { engineHarness, testEvent } from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

describe('in-app notifications over Socket.IO', () => {
  let t: TestApp
  let origin: string
  let reader: SignedInUser

  beforeAll(async () => {
    t = await createTestApp()
    origin = await listen(t)
    reader = await createSignedInUser(t, 'patient')
  })
  afterEach(() => closeAllSockets())
  afterAll(() => t.close())

  it('reaches every tab of the recipient, and no one else', async () => {
    const tabs = [
      await connectSocket(origin, reader.token),
      await connectSocket(origin, reader.token),
    ]
    const other = await createSignedInUser(t, 'patient')
    const outsider = await connectSocket(origin, other.token)
    const strayed = collect(outsider, 'notification:new')
    const arriving = tabs.map((tab) => nextEvent<NotificationNewEvent>(tab, 'notification:new'))
    const announced = tabs.map((tab) =>
      nextEvent<SystemAnnouncementEvent>(tab, 'system:announcement'),
    )
    const announcementId = randomUUID()
    const event = testEvent(reader.id, { params: { announcementId } })
    await handleNotificationEvent(engineHarness(t, { now: () => new Date() }).deps, event)
    for (const received of await Promise.all(arriving)) {
      expect(received).toMatchObject({
        notification: { category: 'announcement', title: event.content?.title.fa, readAt: null },
        unreadCount: 1,
      })
    }
    const [first] = await Promise.all(arriving)
    for (const received of await Promise.all(announced)) {
      expect(received).toEqual({
        announcementId,
        notificationId: first?.notification.id,
        title: event.content?.title.fa,
        body: event.content?.body.fa,
      })
    }
    await sleep(100)
    expect(strayed).toEqual([])
  })

  it('sends a reminder its own event, and tells the other tabs what was read', async () => {
    const first = await connectSocket(origin, reader.token)
    const second = await connectSocket(origin, reader.token)
    const tabs = [first, second]
    const reminded = nextEvent<AppointmentReminderEvent>(first, 'appointment:reminder')
    const arrived = nextEvent<NotificationNewEvent>(second, 'notification:new')
    const appointmentId = randomUUID()
    const startsAt = '2030-01-02T06:30:00.000Z'
    await handleNotificationEvent(
      engineHarness(t, { now: () => new Date() }).deps,
      testEvent(reader.id, {
        category: 'appointment_reminder',
        params: { appointmentId, startsAt },
      }),
    )
    const { notification, unreadCount } = await arrived
    expect(await reminded).toEqual({ appointmentId, startsAt, notificationId: notification.id })

    const reads = tabs.map((tab) => nextEvent<UnreadCount>(tab, 'notification:read'))
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${notification.id}/read`,
      headers: reader.headers,
    })
    expect(response.json()).toEqual({ unreadCount: unreadCount - 1 })
    expect(await Promise.all(reads)).toEqual([
      { unreadCount: unreadCount - 1 },
      { unreadCount: unreadCount - 1 },
    ])
    const allRead = tabs.map((tab) => nextEvent<UnreadCount>(tab, 'notification:read'))
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: reader.headers,
    })
    expect(await Promise.all(allRead)).toEqual([{ unreadCount: 0 }, { unreadCount: 0 }])
  })
})

// Skipped without REDIS_URL: a notice reaches a tab on the other instance only through the
// Socket.IO Redis adapter, so this needs a real Redis (CI's PostgreSQL + Redis round runs it).
describe.skipIf(!process.env.REDIS_URL)(
  'across two instances through Redis (needs REDIS_URL)',
  () => {
    let a: TestApp
    let b: TestApp

    beforeAll(async () => {
      const env = {
        REDIS_URL: process.env.REDIS_URL ?? '',
        REDIS_KEY_PREFIX: `yy-pair-${randomBytes(4).toString('hex')}:`,
      }
      a = await createTestApp({ env })
      b = await createTestApp({ env, database: a.database })
    })
    afterEach(() => closeAllSockets())
    afterAll(async () => {
      await b.close()
      await a.close()
    })

    it('reaches a tab on the other instance, and its reads reach this one', async () => {
      const reader = await createSignedInUser(a, 'patient')
      const onA = await connectSocket(await listen(a), reader.token)
      const onB = await connectSocket(await listen(b), reader.token)
      const arrived = nextEvent<NotificationNewEvent>(onB, 'notification:new')
      await handleNotificationEvent(
        engineHarness(a, { now: () => new Date() }).deps,
        testEvent(reader.id),
      )
      const { notification } = await arrived
      const read = nextEvent<UnreadCount>(onA, 'notification:read')
      await b.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${notification.id}/read`,
        headers: reader.headers,
      })
      expect(await read).toEqual({ unreadCount: 0 })
    })
  },
)
