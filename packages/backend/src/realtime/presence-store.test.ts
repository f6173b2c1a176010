import { randomBytes, randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { memoryPresenceStore, redisPresenceStore } from './presence-store.ts'

describe('in-memory presence', () => {
  it('counts connections per user and never below zero', async () => {
    const store = memoryPresenceStore()
    expect(await store.add('u')).toBe(1)
    expect(await store.add('u')).toBe(2)
    expect(await store.remove('u')).toBe(1)
    expect(await store.remove('u')).toBe(0)
    expect(await store.remove('u')).toBe(0)
    expect(await store.counts(['u', 'v'])).toEqual(
      new Map([
        ['u', 0],
        ['v', 0],
      ]),
    )
  })
})

// Skipped without REDIS_URL: presence across instances lives in a real Redis.
describe.skipIf(!process.env.REDIS_URL)('Redis presence (needs REDIS_URL)', () => {
  it('adds up instances and forgets one whose heartbeat stopped', async () => {
    const prefix = `yy-test-${randomBytes(4).toString('hex')}:`
    const redis = new Redis(process.env.REDIS_URL ?? '', { keyPrefix: prefix })
    const first = redisPresenceStore(redis, prefix)
    const second = redisPresenceStore(redis, prefix)
    const user = randomUUID()
    try {
      expect(await first.add(user)).toBe(1)
      expect(await second.add(user)).toBe(2)
      expect((await first.counts([user])).get(user)).toBe(2)
      // A crashed instance: its heartbeat key is gone, so its connections no longer count.
      await second.close()
      expect((await first.counts([user])).get(user)).toBe(1)
      expect(await first.remove(user)).toBe(0)
    } finally {
      await first.close()
      redis.disconnect()
    }
  })
})
