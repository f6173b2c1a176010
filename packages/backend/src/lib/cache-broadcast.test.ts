import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CacheBroadcast } from './cache-broadcast.ts'

const redisUrl = process.env.REDIS_URL
const redis = redisUrl ? new Redis(redisUrl) : undefined
afterAll(() => redis?.disconnect())

describe('CacheBroadcast', () => {
  it('forgets here at once, with or without Redis', async () => {
    const forget = vi.fn()
    const broadcast = new CacheBroadcast(undefined, 'unused', forget)
    await broadcast.announce()
    expect(forget).toHaveBeenCalledOnce()
  })

  // Skipped without REDIS_URL (the embedded PGlite round has no Redis): the other instance only
  // hears the announcement through Redis pub/sub, so there is nothing to test without one.
  it.runIf(redis)('makes every other instance forget too (needs REDIS_URL)', async () => {
    const channel = `yy-test-${randomBytes(4).toString('hex')}:holidays`
    const here = vi.fn()
    const there = vi.fn()
    const a = new CacheBroadcast(redis, channel, here)
    const b = new CacheBroadcast(redis, channel, there)
    await Promise.all([a.ready(), b.ready()])
    await a.announce()
    await vi.waitFor(() => expect(there).toHaveBeenCalled())
    expect(here).toHaveBeenCalled()
    a.close()
    b.close()
  })
})
