import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'
import { type CounterStore, memoryCounterStore, redisCounterStore } from './counter-store.ts'

const redisUrl = process.env.REDIS_URL
const redis = redisUrl
  ? new Redis(redisUrl, { keyPrefix: `yy-test-counter-${process.pid}:` })
  : undefined
afterAll(() => redis?.disconnect())

function behaves(name: string, make: (now: () => number) => CounterStore, fakeTime: boolean) {
  describe(name, () => {
    it('counts within a window and resets', async () => {
      const store = make(Date.now)
      const key = `k-${Math.random()}`
      expect((await store.increment(key, 60_000)).count).toBe(1)
      const second = await store.increment(key, 60_000)
      expect(second.count).toBe(2)
      expect(second.ttlMs).toBeGreaterThan(55_000)
      await store.reset(key)
      expect((await store.increment(key, 60_000)).count).toBe(1)
    })

    it.runIf(fakeTime)(
      'starts a new window after the old one ends (needs a clock the test sets; Redis keeps its own)',
      async () => {
        let now = 1_000
        const store = make(() => now)
        await store.increment('w', 100)
        await store.increment('w', 100)
        now += 101
        expect((await store.increment('w', 100)).count).toBe(1)
      },
    )
  })
}

behaves('memoryCounterStore', memoryCounterStore, true)
if (redis) behaves('redisCounterStore', () => redisCounterStore(redis), false)
