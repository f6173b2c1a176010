import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { EncodedBody } from './encoded-body.ts'
import { PersonPageCache, type PersonPageCacheOptions } from './person-page-cache.ts'

const page = (json: string) => new EncodedBody(Buffer.from(json))
const cacheOf = (options: Partial<PersonPageCacheOptions> = {}) =>
  new PersonPageCache({ name: 'test-list', ttlMs: 5_000, keyPrefix: 'x:', ...options })

describe('person page cache', () => {
  it('answers a stored page until its user is invalidated', () => {
    const cache = cacheOf()
    cache.set('u', page('{"items":[]}'), cache.tick())
    expect(cache.get('u')?.identity.toString()).toBe('{"items":[]}')
    cache.invalidate(['u'])
    expect(cache.get('u')).toBeUndefined()
  })

  it('does not keep a page computed before an invalidation of its user', () => {
    const cache = cacheOf()
    const computedFrom = cache.tick()
    cache.invalidate(['u'])
    cache.set('u', page('stale'), computedFrom)
    expect(cache.get('u')).toBeUndefined()
    cache.set('v', page('fresh'), computedFrom)
    expect(cache.get('v')?.identity.toString()).toBe('fresh')
  })

  it('stores nothing when turned off', () => {
    const cache = cacheOf({ ttlMs: 0 })
    cache.set('u', page('page'), cache.tick())
    expect(cache.get('u')).toBeUndefined()
  })

  it('keeps variants of a person apart, and drops them all when the person is invalidated', () => {
    const cache = cacheOf()
    cache.set('u', page('{"lang":"fa"}'), cache.tick(), 'fa')
    cache.set('u', page('{"lang":"en"}'), cache.tick(), 'en')
    cache.set('v', page('{"lang":"fa"}'), cache.tick(), 'fa')
    expect(cache.get('u', 'fa')?.identity.toString()).toBe('{"lang":"fa"}')
    expect(cache.get('u', 'en')?.identity.toString()).toBe('{"lang":"en"}')
    expect(cache.get('u')).toBeUndefined()
    expect(cache.get('v', 'en')).toBeUndefined()
    cache.invalidate(['u'])
    expect(cache.get('u', 'fa')).toBeUndefined()
    expect(cache.get('u', 'en')).toBeUndefined()
    expect(cache.get('v', 'fa')?.identity.toString()).toBe('{"lang":"fa"}')
  })

  it('does not keep a variant computed before an invalidation of its person', () => {
    const cache = cacheOf()
    const computedFrom = cache.tick()
    cache.invalidate(['u'])
    cache.set('u', page('stale'), computedFrom, 'en')
    expect(cache.get('u', 'en')).toBeUndefined()
  })

  it('drops one variant of every person, and does not keep it when computed before', () => {
    const cache = cacheOf()
    const computedFrom = cache.tick()
    cache.set('u', page('u-f1'), computedFrom, 'f1')
    cache.set('u', page('u-f2'), computedFrom, 'f2')
    cache.set('v', page('v-f1'), computedFrom, 'f1')
    cache.invalidateVariants(['f1'])
    expect(cache.get('u', 'f1')).toBeUndefined()
    expect(cache.get('v', 'f1')).toBeUndefined()
    expect(cache.get('u', 'f2')?.identity.toString()).toBe('u-f2')
    cache.set('w', page('stale'), computedFrom, 'f1')
    expect(cache.get('w', 'f1')).toBeUndefined()
    cache.set('w', page('fresh'), cache.tick(), 'f1')
    expect(cache.get('w', 'f1')?.identity.toString()).toBe('fresh')
  })

  it('keeps at most maxEntries, dropping the person stored longest ago', () => {
    const cache = cacheOf({ maxEntries: 2 })
    for (const person of ['a', 'b', 'c']) cache.set(person, page(person), cache.tick())
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('c')?.identity.toString()).toBe('c')
  })

  it('forgets a page once its time is up, at the latest', () => {
    vi.useFakeTimers()
    try {
      const cache = cacheOf({ ttlMs: 1_000 })
      cache.set('u', page('page'), cache.tick(), 'fa')
      vi.advanceTimersByTime(1_000)
      expect(cache.get('u', 'fa')).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps a page for three quarters of its time at least, each page for its own span', () => {
    vi.useFakeTimers()
    try {
      const cache = cacheOf({ ttlMs: 1_000 })
      const people = Array.from({ length: 200 }, (_, i) => `u${i}`)
      for (const person of people) cache.set(person, page(person), cache.tick(), 'fa')
      vi.advanceTimersByTime(749)
      expect(people.filter((person) => cache.get(person, 'fa'))).toHaveLength(200)
      vi.advanceTimersByTime(125)
      // Filled at one moment, they do not all run out at one moment.
      const left = people.filter((person) => cache.get(person, 'fa')).length
      expect(left).toBeGreaterThan(20)
      expect(left).toBeLessThan(180)
    } finally {
      vi.useRealTimers()
    }
  })
})

// Skipped without REDIS_URL: two caches must share a real Redis to tell each other anything.
describe.skipIf(!process.env.REDIS_URL)(
  'person page cache across instances (needs REDIS_URL)',
  () => {
    const keyPrefix = `ppc-${randomUUID()}:`
    const channel = `${keyPrefix}test-list-invalidation`
    const connections: Redis[] = []
    const connect = () => {
      const redis = new Redis(process.env.REDIS_URL ?? '')
      connections.push(redis)
      return redis
    }
    afterAll(() => {
      for (const redis of connections) redis.disconnect()
    })

    it("drops another instance's pages, with one message for everything invalidated in a turn", async () => {
      const heard: string[] = []
      const listener = connect()
      listener.on('message', (_channel, message) => heard.push(message))
      await listener.subscribe(channel)
      const here = cacheOf({ ttlMs: 60_000, redis: connect(), keyPrefix })
      const there = cacheOf({ ttlMs: 60_000, redis: connect(), keyPrefix })
      // Same Redis and prefix, another name: another list, which hears none of this.
      const elsewhere = cacheOf({ name: 'other-list', ttlMs: 60_000, redis: connect(), keyPrefix })
      await new Promise((resolve) => setTimeout(resolve, 200))
      for (const user of ['a', 'b', 'c']) there.set(user, page(`{"${user}":1}`), there.tick())
      there.set('b', page('{"b":"en"}'), there.tick(), 'en')
      elsewhere.set('a', page('{"a":2}'), elsewhere.tick())
      here.invalidate(['a'])
      here.invalidate(['b', 'a'])
      await expect.poll(() => there.get('b'), { timeout: 2_000 }).toBeUndefined()
      expect(there.get('b', 'en')).toBeUndefined()
      expect(there.get('a')).toBeUndefined()
      expect(there.get('c')?.identity.toString()).toBe('{"c":1}')
      expect(elsewhere.get('a')?.identity.toString()).toBe('{"a":2}')
      expect(heard.map((message) => JSON.parse(message))).toEqual([['a', 'b']])
      for (const cache of [here, there, elsewhere]) cache.close()
    })

    it("drops another instance's variants, once Redis has taken the message", async () => {
      const here = cacheOf({ ttlMs: 60_000, redis: connect(), keyPrefix })
      const there = cacheOf({ ttlMs: 60_000, redis: connect(), keyPrefix })
      await new Promise((resolve) => setTimeout(resolve, 200))
      there.set('a', page('a-f1'), there.tick(), 'f1')
      there.set('b', page('b-f1'), there.tick(), 'f1')
      there.set('b', page('b-f2'), there.tick(), 'f2')
      await here.invalidateVariants(['f1'])
      await expect.poll(() => there.get('a', 'f1'), { timeout: 2_000 }).toBeUndefined()
      expect(there.get('b', 'f1')).toBeUndefined()
      expect(there.get('b', 'f2')?.identity.toString()).toBe('b-f2')
      for (const cache of [here, there]) cache.close()
    })
  },
)
