import { Redis } from 'ioredis'

/**
 * The app's one Redis connection (others are its duplicates). Commands issued in the same tick —
 * a send's rate limit, presence lookup, adapter publish and cache invalidation — go out in one
 * write: on these machines a syscall costs more than the command itself.
 */
export function createRedis(url: string, keyPrefix: string): Redis {
  return new Redis(url, { keyPrefix, maxRetriesPerRequest: 2, enableAutoPipelining: true })
}
