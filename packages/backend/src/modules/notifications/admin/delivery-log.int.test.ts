import type { DeliveryPage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../../test/auth-fixtures.ts'
import { createTestApp, type TestApp } from '../../../../test/test-app.ts'

describe('notification delivery log (admin)', () => {
  let t: TestApp
  let admin: SignedInUser
  let patient: SignedInUser
  let other: SignedInUser
  const ids = { failed: '', sent: '', otherFailed: '' }

  /** One notification with one delivery; created_at spaced so the order is known. */
  async function delivery(
    userId: string,
    channel: string,
    status: string,
    minutesAgo: number,
    error: string | null = null,
  ): Promise<string> {
    const [notification] = await t.database.query<{ id: string }>(
      `INSERT INTO notifications (user_id, event_key, category, title_fa, title_en, body_fa, body_en)
       VALUES ($1, $2, 'appointment_reminder', 'یادآوری', 'Reminder', 'متن خصوصی', 'Private text')
       RETURNING id`,
      [userId, `test:${crypto.randomUUID()}`],
    )
    const [row] = await t.database.query<{ id: string }>(
      `INSERT INTO notification_deliveries
         (notification_id, user_id, channel, status, attempts, error, created_at)
       VALUES ($1, $2, $3, $4, 3, $5, now() - make_interval(mins => $6)) RETURNING id`,
      [notification?.id, userId, channel, status, error, minutesAgo],
    )
    return row?.id ?? ''
  }

  beforeAll(async () => {
    t = await createTestApp({ withJobs: true })
    admin = await createSignedInUser(t, 'admin')
    patient = await createSignedInUser(t, 'patient')
    other = await createSignedInUser(t, 'patient')
    ids.failed = await delivery(patient.id, 'sms', 'failed', 10, 'Kavenegar 418: credit')
    ids.sent = await delivery(patient.id, 'email', 'sent', 9)
    await delivery(patient.id, 'inApp', 'sent', 8)
    await delivery(patient.id, 'push', 'skipped', 7)
    ids.otherFailed = await delivery(other.id, 'sms', 'failed', 6, 'timeout')
    for (let i = 0; i < 5; i++) await delivery(other.id, 'email', 'pending', 5 - i)
  })
  afterAll(() => t.close())

  const list = (user: SignedInUser, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/notification-deliveries${query}`,
      headers: user.headers,
    })
  const retry = (user: SignedInUser, id: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/notification-deliveries/${id}/retry`,
      headers: user.headers,
    })

  it('answers 403 to a patient', async () => {
    expect((await list(patient)).statusCode).toBe(403)
    const denied = await retry(patient, ids.failed)
    expect(denied.statusCode).toBe(403)
    expect(denied.json().code).toBe('FORBIDDEN')
  })

  it('keeps the two permissions apart: the log without announcing, and back', async () => {
    const support = await createSignedInUser(t, 'psychologist')
    await t.database.query(
      `INSERT INTO user_permissions (user_id, permission_id)
       SELECT $1, id FROM permissions WHERE name = 'notifications.manage'`,
      [support.id],
    )
    expect((await list(support)).statusCode).toBe(200)
    const announce = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/announcements',
      headers: support.headers,
    })
    expect(announce.statusCode).toBe(403)
  })

  it('lists newest first with the category and the error, never the text', async () => {
    const response = await list(admin)
    expect(response.statusCode).toBe(200)
    const page = response.json() as DeliveryPage
    expect(page.items).toHaveLength(10)
    expect(page.items.at(-1)).toMatchObject({
      id: ids.failed,
      userId: patient.id,
      category: 'appointment_reminder',
      channel: 'sms',
      status: 'failed',
      attempts: 3,
      error: 'Kavenegar 418: credit',
    })
    const times = page.items.map((item) => item.createdAt)
    expect([...times].sort().reverse()).toEqual(times)
    expect(response.body).not.toContain('Private text')
    expect(response.body).not.toContain('Reminder')
  })

  it('filters by user, channel and status together', async () => {
    const byUser = (await list(admin, `?userId=${patient.id}`)).json() as DeliveryPage
    expect(byUser.items.map((i) => i.userId)).toEqual(Array(4).fill(patient.id))
    const failedSms = (await list(admin, '?channel=sms&status=failed')).json() as DeliveryPage
    expect(failedSms.items.map((i) => i.id)).toEqual([ids.otherFailed, ids.failed])
    const mine = (await list(admin, `?userId=${patient.id}&status=failed`)).json() as DeliveryPage
    expect(mine.items.map((i) => i.id)).toEqual([ids.failed])
    const bad = await list(admin, '?channel=fax')
    expect(bad.statusCode).toBe(400)
    expect((await list(admin, '?nonsense=1')).statusCode).toBe(400)
  })

  it('pages with the cursor without skipping or repeating', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const response = await list(admin, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      const page = response.json() as DeliveryPage
      expect(page.items.length).toBeLessThanOrEqual(3)
      seen.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(10)
    expect(new Set(seen).size).toBe(10)
    expect(seen.at(-1)).toBe(ids.failed)
  })

  it('re-queues a failed delivery once (202), keeping its error', async () => {
    const response = await retry(admin, ids.failed)
    expect(response.statusCode).toBe(202)
    const [row] = await t.database.query<{ status: string; error: string; due: boolean }>(
      `SELECT status, error, next_try_at <= now() AS due FROM notification_deliveries WHERE id = $1`,
      [ids.failed],
    )
    // This app runs its workers, which may claim the job at once ('sending') or even finish it;
    // until an attempt ends, the last error stays in view, and a pending one is due now.
    expect(['pending', 'sending', 'sent']).toContain(row?.status)
    if (row?.status !== 'sent') expect(row?.error).toBe('Kavenegar 418: credit')
    if (row?.status === 'pending') expect(row.due).toBe(true)
    const jobs = await t.database.query(
      `SELECT 1 FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'deliveryId' = $1`,
      [ids.failed],
    )
    expect(jobs).toHaveLength(1)
    const audit = await t.database.query(
      `SELECT 1 FROM audit_logs WHERE action = 'notification_deliveries.retried' AND resource_id = $1`,
      [ids.failed],
    )
    expect(audit).toHaveLength(1)
    // A second click finds it pending, not failed.
    const twice = await retry(admin, ids.failed)
    expect(twice.statusCode).toBe(409)
  })

  it('refuses a delivery that is not failed (409) and an unknown one (404)', async () => {
    const sent = await retry(admin, ids.sent)
    expect(sent.statusCode).toBe(409)
    expect(sent.json().code).toBe('DELIVERY_NOT_RETRYABLE')
    const unknown = await retry(admin, crypto.randomUUID())
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().code).toBe('DELIVERY_NOT_FOUND')
    const [row] = await t.database.query<{ status: string }>(
      'SELECT status FROM notification_deliveries WHERE id = $1',
      [ids.sent],
    )
    expect(row?.status).toBe('sent')
  })
})
