import type { Redis } from 'ioredis'

export interface Count {
  count: number
  /** Milliseconds until the window ends; 0 when nothing is counted. */
  ttlMs: number
}

/**
 * Fixed-window counters (login failures per account and the like): in Redis when it is set, so
 * every instance sees the same count, in this process otherwise.
 */
export interface CounterStore {
  /** Adds one and answers the new count; the window starts at the first hit. */
  increment(key: string, windowMs: number): Promise<Count>
  /** The current count, without adding to it. */
  peek(key: string): Promise<Count>
  reset(key: string): Promise<void>
}

const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}
`

type RedisWithCounter = Redis & {
  yyCounterIncrement(key: string, windowMs: number): Promise<[number, number]>
}

export function redisCounterStore(redis: Redis): CounterStore {
  const client = redis as RedisWithCounter
  if (!client.yyCounterIncrement) {
    redis.defineCommand('yyCounterIncrement', { numberOfKeys: 1, lua: INCREMENT_SCRIPT })
  }
  return {
    async increment(key, windowMs) {
      const [count, ttlMs] = await client.yyCounterIncrement(`counter:${key}`, windowMs)
      return { count, ttlMs: Math.max(ttlMs, 0) }
    },
    async peek(key) {
      const [count, ttlMs] = await Promise.all([
        redis.get(`counter:${key}`),
        redis.pttl(`counter:${key}`),
      ])
      return count === null
        ? { count: 0, ttlMs: 0 }
        : { count: Number(count), ttlMs: Math.max(ttlMs, 0) }
    },
    async reset(key) {
      await redis.del(`counter:${key}`)
    },
  }
}

// Enough for every account under attack at once; beyond it the oldest windows are dropped.
const MAX_MEMORY_KEYS = 100_000

export function memoryCounterStore(now: () => number = Date.now): CounterStore {
  const windows = new Map<string, { count: number; endsAt: number }>()
  return {
    async increment(key, windowMs) {
      const at = now()
      let window = windows.get(key)
      if (!window || window.endsAt <= at) {
        windows.delete(key)
        window = { count: 0, endsAt: at + windowMs }
        windows.set(key, window)
        if (windows.size > MAX_MEMORY_KEYS) dropExpiredOrOldest(windows, at)
      }
      window.count += 1
      return { count: window.count, ttlMs: window.endsAt - at }
    },
    async peek(key) {
      const at = now()
      const window = windows.get(key)
      if (!window || window.endsAt <= at) return { count: 0, ttlMs: 0 }
      return { count: window.count, ttlMs: window.endsAt - at }
    },
    async reset(key) {
      windows.delete(key)
    },
  }
}

function dropExpiredOrOldest(windows: Map<string, { endsAt: number }>, at: number) {
  for (const [key, window] of windows) if (window.endsAt <= at) windows.delete(key)
  const oldest = windows.keys().next()
  if (windows.size > MAX_MEMORY_KEYS && !oldest.done) windows.delete(oldest.value)
}
