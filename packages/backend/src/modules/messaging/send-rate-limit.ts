import type { Redis } from 'ioredis'
import type { MessagingConfig } from '../../config/config.ts'
import { AppError } from '../../lib/app-error.ts'
import { memoryCounterStore, redisCounterStore } from '../../lib/counter-store.ts'

export interface SendLimiter {
  /** Counts one message of this user; throws MESSAGE_RATE_LIMITED past the limit. */
  consume(userId: string): Promise<void>
}

/**
 * Fixed window per user, over REST and sockets together. With Redis the count is shared by all
 * instances; while Redis is unreachable each instance counts on its own rather than holding
 * every send until Redis is back.
 */
export function createSendLimiter(
  redis: Redis | undefined,
  limit: MessagingConfig['sendLimit'],
): SendLimiter {
  const local = memoryCounterStore()
  const shared = redis ? redisCounterStore(redis) : undefined
  return {
    async consume(userId) {
      const store = shared && redis?.status === 'ready' ? shared : local
      const { count, ttlMs } = await store.increment(`message-send:${userId}`, limit.windowMs)
      if (count > limit.max) {
        throw new AppError('MESSAGE_RATE_LIMITED', `more than ${limit.max} messages per window`, {
          headers: { 'retry-after': String(Math.max(Math.ceil(ttlMs / 1000), 1)) },
        })
      }
    },
  }
}
