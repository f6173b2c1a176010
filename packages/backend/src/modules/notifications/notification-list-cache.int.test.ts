import { randomBytes } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { NotificationPage } from '@yektayar/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSignedInUser, type SignedInUser } from '../../../test/auth-fixtures.ts'
import {
  type EngineHarness,
  engineHarness,
  testEvent,
} from '../../../test/notification-fixtures.ts'
import { createTestApp, type TestApp } from '../../../test/test-app.ts'
import { forgetListOf } from './notification.service.ts'
import { handleNotificationEvent } from './notification-event.service.ts'

// A page lives a minute here, far longer than any test: only an invalidation can refresh it.
const CACHED_FOR_A_MINUTE = { NOTIFICATION_LIST_CACHE_SECONDS: '60' }

/** `count` notifications a minute apart, the newest a minute ago, numbered from the newest. */
async function seedNotifications(t: TestApp, userId: string, count: number): Promise<string[]> {
  const rows = await t.database.query<{ id: string }>(
    `INSERT INTO notifications (user_id, event_key, category, title_fa, title_en, body_fa, body_en, created_at)
     SELECT $1, 'test:' || gen_random_uuid(), 'announcement', 'اطلاعیه ' || n, 'Announcement ' || n,
            'متن اطلاعیه ' || n || ' — برای آزمودن فشرده‌سازی', 'Announcement text ' || n,
            now() - make_interval(mins => n)
     FROM generate_series(1, $2::int) AS n
     ORDER BY n
     RETURNING id`,
    [userId, count],
  )
  return rows.map((row) => row.id)
}

/** Changes what the list would show without going through the services (so nothing is dropped). */
function retitleBehindTheServicesBack(t: TestApp, userId: string, title: string) {
  return t.database.query('UPDATE notifications SET title_en = $2 WHERE user_id = $1', [
    userId,
    title,
  ])
}

function listOn(t: TestApp, user: SignedInUser, query = '', headers: Record<string, string> = {}) {
  return t.app.inject({
    url: `/api/v1/notifications${query}`,
    headers: { ...user.headers, 'accept-language': 'en', ...headers },
  })
}

async function pageOn(t: TestApp, user: SignedInUser, query = '', language = 'en') {
  const response = await listOn(t, user, query, { 'accept-language': language })
  expect(response.statusCode).toBe(200)
  return response.json() as NotificationPage
}

describe('the notification list’s first page, cached per person and language', () => {
  let t: TestApp
  let engine: EngineHarness

  beforeAll(async () => {
    t = await createTestApp({ env: CACHED_FOR_A_MINUTE })
    engine = engineHarness(t)
  })
  afterAll(() => t.close())

  const post = (user: SignedInUser, url: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: user.headers })

  it('is served from memory: a change behind the services’ back shows only once forgotten', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 3)
    const before = (await listOn(t, reader)).body
    await retitleBehindTheServicesBack(t, reader.id, 'Changed')
    expect((await listOn(t, reader)).body).toBe(before)
    forgetListOf(engine.deps, reader.id)
    const after = await pageOn(t, reader)
    expect(after.items.map((item) => item.title)).toEqual(['Changed', 'Changed', 'Changed'])
  })

  it('shows a notification read at once, with the new unread count', async () => {
    const reader = await createSignedInUser(t, 'patient')
    const ids = await seedNotifications(t, reader.id, 3)
    const before = await pageOn(t, reader)
    expect(before.unreadCount).toBe(3)
    expect(before.items[1]).toMatchObject({ id: ids[1], readAt: null })
    expect((await post(reader, `/notifications/${ids[1]}/read`)).json()).toEqual({
      unreadCount: 2,
    })
    const after = await pageOn(t, reader)
    expect(after.unreadCount).toBe(2)
    expect(after.items[1]?.readAt).toEqual(expect.any(String))
    expect(after.items.filter((item) => item.readAt === null)).toHaveLength(2)
  })

  it('shows read-all at once', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 3)
    expect((await pageOn(t, reader)).unreadCount).toBe(3)
    expect((await post(reader, '/notifications/read-all')).json()).toEqual({ unreadCount: 0 })
    const after = await pageOn(t, reader)
    expect(after.unreadCount).toBe(0)
    expect(after.items.every((item) => item.readAt !== null)).toBe(true)
  })

  it('shows at once a notification the engine wrote', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 2)
    expect((await pageOn(t, reader)).items).toHaveLength(2)
    engine.setClock(new Date())
    const event = testEvent(reader.id)
    await handleNotificationEvent(engine.deps, event)
    const after = await pageOn(t, reader)
    expect(after.items).toHaveLength(3)
    expect(after.items[0]?.title).toBe(event.content?.title.en)
    expect(after.unreadCount).toBe(3)
  })

  it('keeps the English and the Persian page apart; no language asked is the reader’s own', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 2)
    const titles = async (headers: Record<string, string>) => {
      const page = (await listOn(t, reader, '', headers)).json() as NotificationPage
      return page.items.map((item) => item.title)
    }
    const english = ['Announcement 1', 'Announcement 2']
    const persian = ['اطلاعیه 1', 'اطلاعیه 2']
    expect(await titles({ 'accept-language': 'en-US,en;q=0.9' })).toEqual(english)
    expect(await titles({ 'accept-language': 'fa-IR' })).toEqual(persian)
    expect(await titles({ 'accept-language': 'en' })).toEqual(english)
    // Persian is the reader's own language (the default); a header naming neither means it.
    expect(await titles({ 'accept-language': 'de-DE' })).toEqual(persian)
    await t.database.query(
      `UPDATE users SET preferences = preferences || '{"language":"en"}' WHERE id = $1`,
      [reader.id],
    )
    expect(await titles({ 'accept-language': 'de-DE' })).toEqual(english)
  })

  it('does not cache a page after a cursor, of the unread only, or of another size', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 25)
    const first = await pageOn(t, reader)
    expect(first.items).toHaveLength(20)
    const cursor = `?cursor=${first.nextCursor}`
    expect((await pageOn(t, reader, cursor)).items).toHaveLength(5)
    await pageOn(t, reader, '?unread=true')
    await pageOn(t, reader, '?limit=10')
    await retitleBehindTheServicesBack(t, reader.id, 'Changed')
    for (const query of [cursor, '?unread=true', '?limit=10']) {
      const page = await pageOn(t, reader, query)
      expect(page.items[0]?.title, query).toBe('Changed')
    }
    // The first page, in contrast, is still the one kept.
    expect((await pageOn(t, reader)).items[0]?.title).toBe('Announcement 1')
  })

  it('answers gzip and br that decode to the same JSON, from the database or the cache', async () => {
    const reader = await createSignedInUser(t, 'patient')
    await seedNotifications(t, reader.id, 20)
    const cases = [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip, deflate', 'gzip', gunzipSync],
    ] as const
    for (const [accept, encoding, decode] of cases) {
      // The first answer is computed (and kept) in this encoding, the second is the kept one.
      forgetListOf(engine.deps, reader.id)
      for (const attempt of ['computed', 'cached']) {
        const response = await listOn(t, reader, '', { 'accept-encoding': accept })
        expect(response.headers['content-encoding'], attempt).toBe(encoding)
        expect(response.headers.vary).toContain('accept-encoding')
        expect(response.headers['content-type']).toBe('application/json; charset=utf-8')
        const plain = await listOn(t, reader)
        expect(plain.headers['content-encoding']).toBeUndefined()
        expect(plain.rawPayload.length).toBeGreaterThan(1024)
        expect(decode(response.rawPayload).toString(), attempt).toBe(plain.body)
      }
    }
    const uncached = await listOn(t, reader, '?limit=19', { 'accept-encoding': 'gzip' })
    expect(uncached.headers['content-encoding']).toBe('gzip')
    expect(
      (JSON.parse(gunzipSync(uncached.rawPayload).toString()) as NotificationPage).items,
    ).toHaveLength(19)
  })
})

// Skipped without REDIS_URL: the instances tell each other what to drop through Redis pub/sub.
describe.skipIf(!process.env.REDIS_URL)(
  'the notification list across two instances (needs REDIS_URL)',
  () => {
    let a: TestApp
    let b: TestApp

    beforeAll(async () => {
      const env = {
        ...CACHED_FOR_A_MINUTE,
        REDIS_KEY_PREFIX: `yy-nl-${randomBytes(4).toString('hex')}:`,
      }
      a = await createTestApp({ env })
      b = await createTestApp({ env, database: a.database })
    })
    afterAll(async () => {
      await b.close()
      await a.close()
    })

    it('shows on one instance a read made on the other', async () => {
      const reader = await createSignedInUser(a, 'patient')
      const ids = await seedNotifications(a, reader.id, 2)
      expect((await pageOn(b, reader)).unreadCount).toBe(2)
      const read = await a.app.inject({
        method: 'POST',
        url: `/api/v1/notifications/${ids[0]}/read`,
        headers: reader.headers,
      })
      expect(read.json()).toEqual({ unreadCount: 1 })
      await expect
        .poll(async () => (await pageOn(b, reader)).unreadCount, { timeout: 3_000 })
        .toBe(1)
      expect((await pageOn(b, reader)).items[0]?.readAt).toEqual(expect.any(String))
    })

    it('shows on one instance a notification the other’s engine wrote', async () => {
      const reader = await createSignedInUser(a, 'patient')
      await seedNotifications(a, reader.id, 1)
      expect((await pageOn(b, reader)).items).toHaveLength(1)
      const engineOnA = engineHarness(a)
      await handleNotificationEvent(engineOnA.deps, testEvent(reader.id))
      await expect
        .poll(async () => (await pageOn(b, reader)).items.length, { timeout: 3_000 })
        .toBe(2)
    })
  },
)
