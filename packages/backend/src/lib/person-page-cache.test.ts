import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { EncodedBody } from './encoded-body.ts'
import { ThreadListCache } from './person-page-cache.ts'

const page = (json: string) => new EncodedBody(Buffer.from(json))

describe('thread list cache', () => {
  it('answers a stored page until its user is invalidated', () => {
    const cache = new ThreadListCache({ ttlMs: 5_000, keyPrefix: 'x:' })
    cache.set('u', page('{"items":[]}'), cache.tick())
    expect(cache.get('u')?.identity.toString()).toBe('{"items":[]}')
    cache.invalidate(['u'])
    expect(cache.get('u')).toBeUndefined()
  })

  it('does not keep a page computed before an invalidation of its user', () => {
    const cache = new ThreadListCache({ ttlMs: 5_000, keyPrefix: 'x:' })
    const computedFrom = cache.tick()
    cache.invalidate(['u'])
    cache.set('u', page('stale'), computedFrom)
    expect(cache.get('u')).toBeUndefined()
    cache.set('v', page('fresh'), computedFrom)
    expect(cache.get('v')?.identity.toString()).toBe('fresh')
  })

  it('stores nothing when turned off', () => {
    const cache = new ThreadListCache({ ttlMs: 0, keyPrefix: 'x:' })
    cache.set('u', page('page'), cache.tick())
    expect(cache.get('u')).toBeUndefined()
  })
})

// Skipped without REDIS_URL: two caches must share a real Redis to tell each other anything.
describe.skipIf(!process.env.REDIS_URL)(
  'thread list cache across instances (needs REDIS_URL)',
  () => {
    const keyPrefix = `tlc-${randomUUID()}:`
    const channel = `${keyPrefix}thread-list-invalidation`
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
      const here = new ThreadListCache({ ttlMs: 60_000, redis: connect(), keyPrefix })
      const there = new ThreadListCache({ ttlMs: 60_000, redis: connect(), keyPrefix })
      await new Promise((resolve) => setTimeout(resolve, 200))
      for (const user of ['a', 'b', 'c']) there.set(user, page(`{"${user}":1}`), there.tick())
      here.invalidate(['a'])
      here.invalidate(['b', 'a'])
      await expect.poll(() => there.get('b'), { timeout: 2_000 }).toBeUndefined()
      expect(there.get('a')).toBeUndefined()
      expect(there.get('c')?.identity.toString()).toBe('{"c":1}')
      expect(heard.map((message) => JSON.parse(message))).toEqual([['a', 'b']])
      here.close()
      there.close()
    })
  },
)
