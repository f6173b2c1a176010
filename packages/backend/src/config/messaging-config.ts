import type { z } from 'zod'
import { count, int } from './env-fields.ts'

/** Messaging limits and caches. */
export const messagingEnvShape = {
  /** Messages one person may send per window, over REST and sockets together. */
  MESSAGE_SEND_LIMIT: count(20),
  MESSAGE_SEND_WINDOW_SECONDS: count(10, 3600),
  /** Seconds a person's first page of threads is reused without the database; 0 turns it off. */
  THREAD_LIST_CACHE_SECONDS: int(5, { min: 0, max: 60 }),
}

type MessagingEnv = z.output<z.ZodObject<typeof messagingEnvShape>>

export interface MessagingConfig {
  sendLimit: { max: number; windowMs: number }
  threadListCacheMs: number
}

export function messagingConfigOf(env: MessagingEnv): MessagingConfig {
  return {
    sendLimit: { max: env.MESSAGE_SEND_LIMIT, windowMs: env.MESSAGE_SEND_WINDOW_SECONDS * 1000 },
    threadListCacheMs: env.THREAD_LIST_CACHE_SECONDS * 1000,
  }
}
