import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser } from '../../../test/auth-fixtures.ts'
import {
  deliveriesOf,
  type EngineHarness,
  engineHarness,
  testEvent,
} from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { createJobQueue, type JobQueue } from '../../jobs/job-queue.ts'
import { queueNotification } from '../../jobs/notification-event.ts'
import { PermanentChannelError } from './channels/notification-channel.ts'
import { claimDelivery } from './delivery.repository.ts'
import { retryDelivery, sweepDeliveries } from './delivery-queue.ts'
import { deliverNotice } from './delivery-worker.ts'
import { handleNotificationEvent } from './notification-event.service.ts'
import { registerNotificationJobs } from './notification-jobs.ts'

const ATTEMPTS = 3
const BACKOFF_SECONDS = 30
const LEASE_SECONDS = 120

describe('notification.deliver: each channel once, retried, never lost', () => {
  let t: TestApp
  let jobs: JobQueue
  let engine: EngineHarness

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        NOTIFICATION_DELIVERY_ATTEMPTS: String(ATTEMPTS),
        NOTIFICATION_BACKOFF_BASE_SECONDS: String(BACKOFF_SECONDS),
        NOTIFICATION_SENDING_LEASE_SECONDS: String(LEASE_SECONDS),
      },
    })
    jobs = createJobQueue(t.database)
    await jobs.start()
    engine = engineHarness(t, { jobs })
  })
  afterAll(async () => {
    await jobs.stop()
    await t.close()
  })

  /**
   * A person told one thing at night, and the id of its SMS delivery: held by quiet hours with
   * its notification.deliver job (what is due by day goes out in the event's own run). The
   * clock then stands at 10:30 the next morning in Tehran, when it is due.
   */
  async function smsDelivery() {
    const user = await createSignedInUser(t, 'patient')
    engine.setClock('2030-04-30T20:00:00Z') // 23:30 in Tehran
    await handleNotificationEvent(
      engine.deps,
      testEvent(user.id, { category: 'appointment_booked' }),
    )
    const sms = (await deliveriesOf(t, user.id)).find((d) => d.channel === 'sms')
    if (sms?.status !== 'pending') throw new Error('no held sms delivery')
    engine.setClock('2030-05-01T07:00:00Z')
    return { user, id: sms.id }
  }

  async function deliveryRow(id: string) {
    const [row] = await t.database.query<{
      status: string
      attempts: number
      provider_message_id: string | null
      error: string | null
      next_try_at: Date
      sent_at: Date | null
    }>('SELECT * FROM notification_deliveries WHERE id = $1', [id])
    return row
  }

  const jobCount = async (id: string) =>
    (
      await t.database.query(
        `SELECT 1 FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'deliveryId' = $1`,
        [id],
      )
    ).length

  const smsCallsFor = (id: string) =>
    engine.senders.sms.notices.filter((notice) => notice.deliveryId === id)

  it('calls the provider once for a job run twice and for two instances racing', async () => {
    const { user, id } = await smsDelivery()
    // A second instance: its own deps object, the same database and the same provider.
    const other = { ...engine.deps }
    await Promise.all([
      deliverNotice(engine.deps, id),
      deliverNotice(other, id),
      deliverNotice(engine.deps, id),
    ])
    await deliverNotice(other, id)
    expect(smsCallsFor(id)).toHaveLength(1)
    const row = await deliveryRow(id)
    expect(row).toMatchObject({ status: 'sent', attempts: 1, provider_message_id: 'sms-1' })
    expect(row?.sent_at?.toISOString()).toBe('2030-05-01T07:00:00.000Z')
    const [notice] = smsCallsFor(id)
    expect(notice).toMatchObject({
      userId: user.id,
      category: 'appointment_booked',
      locale: 'fa',
      reach: { phone: user.phone, email: null },
      unsubscribable: false,
    })
    expect(notice?.discreetText).toBe('یکتایار: اطلاعیهٔ تازه‌ای دارید.')
  })

  it('backs off after a transient failure and sends once on the next try', async () => {
    const { id } = await smsDelivery()
    engine.senders.sms.answer(new Error('provider timed out'))
    await deliverNotice(engine.deps, id)
    const waiting = await deliveryRow(id)
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, error: 'provider timed out' })
    const retryAt = new Date(Date.parse('2030-05-01T07:00:00Z') + BACKOFF_SECONDS * 1000)
    expect(waiting?.next_try_at.toISOString()).toBe(retryAt.toISOString())
    expect(await jobCount(id)).toBe(2)
    // Too early: the job that ran ahead of its time changes nothing.
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id)).toHaveLength(1)
    engine.setClock(retryAt)
    await deliverNotice(engine.deps, id)
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id)).toHaveLength(2)
    expect(await deliveryRow(id)).toMatchObject({ status: 'sent', attempts: 2, error: null })
  })

  it('fails at once on a permanent refusal', async () => {
    const { id } = await smsDelivery()
    engine.senders.sms.answer(new PermanentChannelError('invalid number'))
    await deliverNotice(engine.deps, id)
    expect(await deliveryRow(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: 'invalid number',
    })
    expect(await jobCount(id)).toBe(1)
  })

  it('fails after the configured attempts, and an admin retry puts it back in line', async () => {
    const { id } = await smsDelivery()
    engine.senders.sms.answer(...Array.from({ length: ATTEMPTS }, () => new Error('HTTP 502')))
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      await deliverNotice(engine.deps, id)
      const row = await deliveryRow(id)
      expect(row?.attempts).toBe(attempt)
      if (row) engine.setClock(row.next_try_at)
    }
    expect(await deliveryRow(id)).toMatchObject({ status: 'failed', attempts: ATTEMPTS })
    expect(smsCallsFor(id)).toHaveLength(ATTEMPTS)
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id)).toHaveLength(ATTEMPTS)

    expect(await retryDelivery(t.app.database.db, jobs, id)).toBe(true)
    expect(await retryDelivery(t.app.database.db, jobs, id)).toBe(false)
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending', attempts: 0 })
    engine.setClock(new Date())
    await deliverNotice(engine.deps, id)
    expect(await deliveryRow(id)).toMatchObject({ status: 'sent', attempts: 1 })
    expect(await retryDelivery(t.app.database.db, jobs, id)).toBe(false)
  })

  it('re-sends a delivery stuck in sending after a crash, under the same delivery id', async () => {
    const { id } = await smsDelivery()
    // The process claimed it (the intent is recorded) and died before recording the answer.
    expect(await claimDelivery(t.app.database.db, id, engine.clock())).toBeDefined()
    const start = engine.clock().getTime()
    engine.setClock(new Date(start + (LEASE_SECONDS - 1) * 1000))
    await sweepDeliveries(engine.deps)
    expect(await deliveryRow(id)).toMatchObject({ status: 'sending' })
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id)).toHaveLength(0)

    engine.setClock(new Date(start + (LEASE_SECONDS + 1) * 1000))
    await sweepDeliveries(engine.deps)
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending', attempts: 1 })
    expect(await jobCount(id)).toBe(2)
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id).map((notice) => notice.deliveryId)).toEqual([id])
    expect(await deliveryRow(id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('re-sends a delivery born sending whose run died before the provider answered', async () => {
    const user = await createSignedInUser(t, 'patient')
    engine.setClock('2030-05-01T07:00:00Z') // 10:30 in Tehran: the SMS goes out in the event's run
    const start = engine.clock().getTime()
    // The run writes the rows, calls the provider and never hears back: the process died.
    const dying = {
      ...engine.deps,
      channels: {
        ...engine.deps.channels,
        senders: {
          ...engine.senders,
          sms: { channel: 'sms' as const, send: () => new Promise<never>(() => undefined) },
        },
      },
    }
    void handleNotificationEvent(dying, testEvent(user.id, { category: 'appointment_booked' }))
    const smsRow = async () => (await deliveriesOf(t, user.id)).find((d) => d.channel === 'sms')
    await expect.poll(async () => (await smsRow())?.status).toBe('sending')
    const id = (await smsRow())?.id ?? ''
    expect(await jobCount(id)).toBe(0)

    engine.setClock(new Date(start + (LEASE_SECONDS - 1) * 1000))
    await sweepDeliveries(engine.deps)
    expect(await deliveryRow(id)).toMatchObject({ status: 'sending', attempts: 1 })
    engine.setClock(new Date(start + (LEASE_SECONDS + 1) * 1000))
    await sweepDeliveries(engine.deps)
    expect(await deliveryRow(id)).toMatchObject({ status: 'pending', attempts: 1 })
    expect(await jobCount(id)).toBe(1)
    await deliverNotice(engine.deps, id)
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id).map((notice) => notice.deliveryId)).toEqual([id])
    expect(await deliveryRow(id)).toMatchObject({ status: 'sent', attempts: 2 })
  })

  it('does not send twice when a slow provider outlasts the lease', async () => {
    const { id } = await smsDelivery()
    const start = engine.clock().getTime()
    engine.senders.sms.answer(async () => {
      // While the provider is still answering, the sweeper takes the row for abandoned.
      engine.setClock(new Date(start + (LEASE_SECONDS + 1) * 1000))
      await sweepDeliveries(engine.deps)
      return { providerMessageId: 'slow-1' }
    })
    await deliverNotice(engine.deps, id)
    expect(await deliveryRow(id)).toMatchObject({
      status: 'sent',
      attempts: 1,
      provider_message_id: 'slow-1',
    })
    await deliverNotice(engine.deps, id)
    expect(smsCallsFor(id)).toHaveLength(1)
  })

  it('queues a new job for a pending delivery whose job was lost', async () => {
    const { id } = await smsDelivery()
    await t.database.query(`DELETE FROM pgboss.job WHERE data->>'deliveryId' = $1`, [id])
    engine.setClock(new Date(engine.clock().getTime() + (LEASE_SECONDS + 1) * 1000))
    await sweepDeliveries(engine.deps)
    expect(await jobCount(id)).toBe(1)
    await deliverNotice(engine.deps, id)
    expect(await deliveryRow(id)).toMatchObject({ status: 'sent' })
  })

  it('reaches the verified identifiers only, the primary one first', async () => {
    const user = await createSignedInUser(t, 'patient')
    await t.database.query(
      `INSERT INTO user_identifiers (user_id, type, value, is_verified, is_primary) VALUES
         ($1, 'phone', $2, true, false), ($1, 'email', $3, false, false), ($1, 'email', $4, true, false)`,
      [
        user.id,
        `+98935${Date.now() % 10_000_000}`,
        `no-${user.id}@example.com`,
        `${user.id}@example.com`,
      ],
    )
    engine.setClock('2030-05-01T07:00:00Z')
    await handleNotificationEvent(engine.deps, testEvent(user.id, { category: 'payment_receipt' }))
    const email = (await deliveriesOf(t, user.id)).find((d) => d.channel === 'email')
    await deliverNotice(engine.deps, email?.id ?? '')
    const [notice] = engine.senders.email.notices.filter((n) => n.userId === user.id)
    expect(notice?.reach).toEqual({ phone: user.phone, email: `${user.id}@example.com` })
  })

  it('skips a channel without a sender or without a verified identifier', async () => {
    const user = await createSignedInUser(t, 'patient')
    await t.database.query(
      `INSERT INTO user_identifiers (user_id, type, value, is_verified) VALUES ($1, 'email', $2, false)`,
      [user.id, `${user.id}@example.com`],
    )
    engine.setClock('2030-05-01T07:00:00Z')
    const noPush = {
      ...engine.deps,
      channels: {
        senders: { sms: engine.senders.sms, email: engine.senders.email },
        pushPublicKey: null,
      },
    }
    await handleNotificationEvent(noPush, testEvent(user.id, { category: 'appointment_confirmed' }))
    for (const delivery of await deliveriesOf(t, user.id)) await deliverNotice(noPush, delivery.id)
    const byChannel = Object.fromEntries(
      (await deliveriesOf(t, user.id)).map((d) => [d.channel, d]),
    )
    expect(byChannel.email).toMatchObject({ status: 'skipped', error: 'no verified email' })
    expect(byChannel.push).toMatchObject({ status: 'skipped', error: 'no push sender configured' })
    expect(byChannel.sms).toMatchObject({ status: 'sent' })
    expect(engine.senders.email.notices.filter((n) => n.userId === user.id)).toEqual([])
  })

  it('skips what is still queued for someone deactivated since', async () => {
    const { user, id } = await smsDelivery()
    await t.database.query('UPDATE users SET is_active = false WHERE id = $1', [user.id])
    await deliverNotice(engine.deps, id)
    expect(await deliveryRow(id)).toMatchObject({ status: 'skipped', error: 'recipient inactive' })
    expect(smsCallsFor(id)).toEqual([])
  })
})

describe('through pg-boss workers', () => {
  let t: TestApp
  let jobs: JobQueue
  let engine: EngineHarness

  beforeAll(async () => {
    t = await createTestApp()
    jobs = createJobQueue(t.database)
    await jobs.start()
    engine = engineHarness(t, { jobs, now: () => new Date() })
    await registerNotificationJobs(engine.deps)
  })
  afterAll(async () => {
    await jobs.stop()
    await t.close()
  })

  it('turns an event queued twice into one notification and one call per channel', async () => {
    const user = await createSignedInUser(t, 'patient')
    await t.database.query(
      `INSERT INTO notification_preferences (user_id, quiet_enabled) VALUES ($1, false)`,
      [user.id],
    )
    const event = testEvent(user.id, { category: 'payment_refund' })
    await queueNotification(jobs, event)
    await queueNotification(jobs, event, { id: randomUUID() })
    await expect
      .poll(async () => (await deliveriesOf(t, user.id)).map((d) => [d.channel, d.status]), {
        timeout: 30_000,
        interval: 250,
      })
      .toEqual([
        ['email', 'skipped'],
        ['inApp', 'sent'],
        ['push', 'sent'],
        ['sms', 'sent'],
      ])
    expect(engine.senders.sms.notices.filter((n) => n.userId === user.id)).toHaveLength(1)
    expect(engine.senders.push.notices.filter((n) => n.userId === user.id)).toHaveLength(1)
  })
})
