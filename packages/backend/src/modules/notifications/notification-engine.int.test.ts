import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  deliveriesOf,
  type EngineHarness,
  engineHarness,
  testEvent,
} from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createJobQueue, type JobQueue } from '../../jobs/job-queue.ts'
import { withdrawWaiting } from './delivery.repository.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

interface JobRow {
  start_after: Date
}

describe('notification.event: told once, on the channels chosen, after quiet hours', () => {
  let t: TestApp
  let jobs: JobQueue
  let engine: EngineHarness

  beforeAll(async () => {
    t = await createTestApp()
    // A queue of the test's own with no workers: what the engine queues stays to be inspected.
    jobs = createJobQueue(t.database)
    await jobs.start()
    engine = engineHarness(t, { jobs })
  })
  afterAll(async () => {
    await jobs.stop()
    await t.close()
  })

  async function person(preferences: Record<string, unknown> = {}): Promise<SignedInUser> {
    const user = await createSignedInUser(t, 'patient')
    await t.database.query(`UPDATE users SET preferences = $2::jsonb WHERE id = $1`, [
      user.id,
      JSON.stringify({ language: 'fa', ...preferences }),
    ])
    await t.database.query(
      `INSERT INTO user_identifiers (user_id, type, value, is_verified) VALUES ($1, 'email', $2, true)`,
      [user.id, `${user.id}@example.com`],
    )
    return user
  }

  const deliverJobsOf = (deliveryId: string) =>
    t.database.query<JobRow>(
      `SELECT start_after FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'deliveryId' = $1`,
      [deliveryId],
    )

  const notificationsOf = (userId: string) =>
    t.database.query<{ id: string; title_fa: string; title_en: string }>(
      'SELECT id, title_fa, title_en FROM notifications WHERE user_id = $1',
      [userId],
    )

  it('records a retold event once, with one delivery per allowed channel, sent once in its run', async () => {
    const user = await person()
    engine.setClock('2030-03-10T08:00:00Z') // 11:30 in Tehran
    const event = testEvent(user.id, {
      category: 'appointment_booked',
      templateKey: 'announcement',
    })
    await Promise.all([
      handleNotificationEvent(engine.deps, event),
      handleNotificationEvent(engine.deps, event),
    ])
    await handleNotificationEvent(engine.deps, event)
    const stored = await notificationsOf(user.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ title_fa: event.content?.title.fa })
    const deliveries = await deliveriesOf(t, user.id)
    // By day nothing waits: each channel went out in the run that wrote it, with no job.
    expect(deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ['email', 'sent', 1],
      ['inApp', 'sent', 1],
      ['push', 'sent', 1],
      ['sms', 'sent', 1],
    ])
    for (const delivery of deliveries) expect(await deliverJobsOf(delivery.id)).toEqual([])
    for (const sender of Object.values(engine.senders)) {
      expect(sender.notices.filter((notice) => notice.userId === user.id)).toHaveLength(1)
    }
  })

  it('follows the person’s switches over the defaults', async () => {
    const user = await person()
    await t.database.query(
      `INSERT INTO notification_preferences (user_id, categories)
       VALUES ($1, '{"announcement": {"push": false, "email": true}, "safety_alert": {"sms": false}}')`,
      [user.id],
    )
    engine.setClock('2030-03-10T08:00:00Z')
    await handleNotificationEvent(engine.deps, testEvent(user.id))
    const channels = (await deliveriesOf(t, user.id)).map((d) => d.channel)
    expect(channels).toEqual(['email', 'inApp'])
    // A safety alert is mandatory: the person's "sms: false" does not silence it.
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, {
        category: 'safety_alert',
        templateKey: 'safety_alert',
        content: undefined,
      }),
    )
    const all = await deliveriesOf(t, user.id)
    expect(all.filter((d) => d.channel === 'sms')).toHaveLength(1)
  })

  const quietCases = [
    {
      zone: 'Asia/Tehran',
      // 23:30 in Tehran (UTC+03:30); quiet hours end at 08:00 the next morning.
      night: '2030-03-10T20:00:00Z',
      morning: '2030-03-11T04:30:00.000Z',
    },
    {
      zone: 'Europe/Berlin',
      // 23:30 in Berlin (UTC+01:00 in March before DST); 08:00 there is 07:00 UTC.
      night: '2030-03-10T22:30:00Z',
      morning: '2030-03-11T07:00:00.000Z',
    },
    {
      zone: 'Europe/Berlin',
      // 03:00 after midnight in Berlin, summer time (UTC+02:00): held until 08:00 the same day.
      night: '2030-07-10T01:00:00Z',
      morning: '2030-07-10T06:00:00.000Z',
    },
  ]

  for (const { zone, night, morning } of quietCases) {
    it(`holds SMS and push until quiet hours end in ${zone} (${night}); in-app and email go now`, async () => {
      const user = await person({ timeZone: zone })
      engine.setClock(night)
      await handleNotificationEvent(
        engine.deps,
        testEvent(user.id, { category: 'appointment_reminder' }),
      )
      const byChannel = Object.fromEntries(
        (await deliveriesOf(t, user.id)).map((d) => [d.channel, d]),
      )
      expect(byChannel.inApp?.status).toBe('sent')
      expect(byChannel.email?.next_try_at.toISOString()).toBe(new Date(night).toISOString())
      for (const channel of ['sms', 'push']) {
        const delivery = byChannel[channel]
        expect(delivery?.next_try_at.toISOString()).toBe(morning)
        const [job] = await deliverJobsOf(delivery?.id ?? '')
        expect(new Date(job?.start_after ?? 0).toISOString()).toBe(morning)
      }
    })
  }

  it('sends in daytime and to a safety alert at night without waiting', async () => {
    const user = await person({ timeZone: 'Asia/Tehran' })
    engine.setClock('2030-03-10T06:00:00Z') // 09:30 in Tehran
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, { category: 'appointment_reminder' }),
    )
    const day = await deliveriesOf(t, user.id)
    const sms = day.find((d) => d.channel === 'sms')
    expect(sms?.next_try_at.toISOString()).toBe('2030-03-10T06:00:00.000Z')

    const onCall = await person({ timeZone: 'Asia/Tehran' })
    engine.setClock('2030-03-10T22:00:00Z') // 01:30 in Tehran
    await handleNotificationEvent(
      engine.deps,
      testEvent(onCall.id, {
        category: 'safety_alert',
        templateKey: 'safety_alert',
        content: undefined,
      }),
    )
    for (const delivery of await deliveriesOf(t, onCall.id)) {
      expect(delivery.next_try_at.toISOString()).toBe('2030-03-10T22:00:00.000Z')
    }
  })

  it('takes back a reminder held by quiet hours once its session is cancelled, and nothing else', async () => {
    const user = await person({ timeZone: 'Asia/Tehran' })
    engine.setClock('2030-03-10T20:00:00Z') // 23:30 in Tehran: SMS and push wait for 08:00
    const reminder = testEvent(user.id, {
      category: 'appointment_reminder',
      eventKey: 'appointment:a1:reminder:60:2030-03-11T05:30:00.000Z',
    })
    const otherSession = testEvent(user.id, {
      category: 'appointment_reminder',
      eventKey: 'appointment:a2:reminder:60:2030-03-11T06:30:00.000Z',
    })
    await handleNotificationEvent(engine.deps, reminder)
    await handleNotificationEvent(engine.deps, otherSession)

    const stranger = await person({ timeZone: 'Asia/Tehran' })
    await handleNotificationEvent(engine.deps, { ...reminder, recipientId: stranger.id })

    expect(await withdrawWaiting(t.database.db, user.id, 'appointment:a1:reminder:')).toBe(2)
    const rows = await t.database.query<{ event_key: string; channel: string; status: string }>(
      `SELECT n.event_key, d.channel, d.status FROM notification_deliveries d
       JOIN notifications n ON n.id = d.notification_id
       WHERE d.user_id = $1 ORDER BY n.event_key, d.channel`,
      [user.id],
    )
    const statusOf = (key: string) =>
      Object.fromEntries(
        rows.filter((r) => r.event_key.startsWith(key)).map((r) => [r.channel, r.status]),
      )
    // In-app and email went at once; what has not gone out (the held SMS and push) is taken back.
    expect(statusOf('appointment:a1:')).toEqual({
      email: 'sent',
      inApp: 'sent',
      push: 'skipped',
      sms: 'skipped',
    })
    expect(statusOf('appointment:a2:')).toMatchObject({ push: 'pending', sms: 'pending' })
    const strangers = await deliveriesOf(t, stranger.id)
    expect(strangers.filter((d) => d.status === 'skipped')).toEqual([])
  })

  it('records a channel that cannot reach the person as skipped at once, with no job to find out', async () => {
    const user = await createSignedInUser(t, 'patient') // a verified phone, no email
    const withoutPush = engineHarness(t, { jobs })
    withoutPush.setClock('2030-03-10T06:00:00Z') // 09:30 in Tehran: nothing held
    delete (withoutPush.deps.channels.senders as Record<string, unknown>).push
    await handleNotificationEvent(
      withoutPush.deps,
      testEvent(user.id, { category: 'appointment_reminder' }),
    )
    const byChannel = Object.fromEntries(
      (await deliveriesOf(t, user.id)).map((d) => [d.channel, d]),
    )
    expect(byChannel.email).toMatchObject({ status: 'skipped', error: 'no verified email' })
    expect(byChannel.push).toMatchObject({ status: 'skipped', error: 'no push sender configured' })
    expect(byChannel.sms?.status).toBe('sent')
    expect(withoutPush.senders.sms.notices.map((notice) => notice.userId)).toEqual([user.id])
    for (const channel of ['email', 'push', 'sms']) {
      expect(await deliverJobsOf(byChannel[channel]?.id ?? '')).toEqual([])
    }
  })

  it('keeps quiet hours the person turned off or moved', async () => {
    const user = await person({ timeZone: 'Asia/Tehran' })
    await t.database.query(
      `INSERT INTO notification_preferences (user_id, quiet_enabled, quiet_start, quiet_end)
       VALUES ($1, true, '13:00', '14:00')`,
      [user.id],
    )
    engine.setClock('2030-03-10T09:45:00Z') // 13:15 in Tehran
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, { category: 'appointment_booked' }),
    )
    const sms = (await deliveriesOf(t, user.id)).find((d) => d.channel === 'sms')
    expect(sms?.next_try_at.toISOString()).toBe('2030-03-10T10:30:00.000Z')

    await t.database.query(
      'UPDATE notification_preferences SET quiet_enabled = false WHERE user_id = $1',
      [user.id],
    )
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, { category: 'appointment_cancelled' }),
    )
    const rows = await t.database.query<{ next_try_at: Date }>(
      `SELECT d.next_try_at FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE d.user_id = $1 AND d.channel = 'sms' AND n.category = 'appointment_cancelled'`,
      [user.id],
    )
    expect(rows[0]?.next_try_at.toISOString()).toBe('2030-03-10T09:45:00.000Z')
  })

  it('tells nobody whose account is gone or deactivated', async () => {
    const inactive = await person()
    await t.database.query('UPDATE users SET is_active = false WHERE id = $1', [inactive.id])
    await handleNotificationEvent(engine.deps, testEvent(inactive.id))
    expect(await notificationsOf(inactive.id)).toEqual([])
    expect(await deliveriesOf(t, inactive.id)).toEqual([])

    const gone = randomUUID()
    await handleNotificationEvent(engine.deps, testEvent(gone))
    expect(await notificationsOf(gone)).toEqual([])
  })

  it('keeps app paths as links and drops any other address', async () => {
    const user = await person()
    const links = ['/appointments/1', 'https://evil.example/x', '//evil.example', '/\\evil.example']
    for (const link of links)
      await handleNotificationEvent(engine.deps, testEvent(user.id, { link }))
    const stored = await t.database.query<{ link: string | null }>(
      'SELECT link FROM notifications WHERE user_id = $1 ORDER BY link NULLS LAST',
      [user.id],
    )
    expect(stored.map((row) => row.link)).toEqual(['/appointments/1', null, null, null])
  })

  it('drops an event naming no template, and keeps texts in both languages', async () => {
    const user = await person()
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, { templateKey: 'no.such.template', content: undefined }),
    )
    expect(await notificationsOf(user.id)).toEqual([])
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, {
        category: 'safety_alert',
        templateKey: 'safety_alert',
        content: undefined,
      }),
    )
    expect(await notificationsOf(user.id)).toEqual([
      expect.objectContaining({ title_fa: 'هشدار ایمنی', title_en: 'Safety alert' }),
    ])
  })
})
