import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { type CounterStore, memoryCounterStore, redisCounterStore } from './counter-store.ts'

const redisUrl = process.env.REDIS_URL
const redis = redisUrl
  ? new Redis(redisUrl, { keyPrefix: `yy-test-counter-${process.pid}:` })
  : undefined
afterAll(() => redis?.disconnect())

/** A store and a way to let its time pass: a clock the test moves, or real time for Redis. */
interface Subject {
  store: CounterStore
  pass(ms: number): Promise<void>
}

function behaves(name: string, make: () => Subject) {
  describe(name, () => {
    it('counts within a window and resets', async () => {
      const { store } = make()
      const key = `k-${Math.random()}`
      expect((await store.increment(key, 60_000)).count).toBe(1)
      const second = await store.increment(key, 60_000)
      expect(second.count).toBe(2)
      expect(second.ttlMs).toBeGreaterThan(55_000)
      await store.reset(key)
      expect((await store.increment(key, 60_000)).count).toBe(1)
    })

    it('peeks at a count without adding to it, and reads zero for an unknown or ended window', async () => {
      const { store, pass } = make()
      const key = `p-${Math.random()}`
      expect(await store.peek(key)).toEqual({ count: 0, ttlMs: 0 })
      await store.increment(key, 100)
      const seen = await store.peek(key)
      expect(seen.count).toBe(1)
      expect(seen.ttlMs).toBeGreaterThan(0)
      expect((await store.peek(key)).count).toBe(1)
      await pass(150)
      expect((await store.peek(key)).count).toBe(0)
    })

    it('starts a new window after the old one ends', async () => {
      const { store, pass } = make()
      const key = `w-${Math.random()}`
      await store.increment(key, 100)
      expect((await store.increment(key, 100)).count).toBe(2)
      await pass(150)
      expect((await store.increment(key, 100)).count).toBe(1)
    })
  })
}

behaves('memoryCounterStore', () => {
  let now = 1_000
  return {
    store: memoryCounterStore(() => now),
    pass: async (ms) => {
      now += ms
    },
  }
})
if (redis) {
  behaves('redisCounterStore', () => ({
    store: redisCounterStore(redis),
    pass: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }))
}
