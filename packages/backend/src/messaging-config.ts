import { z } from 'zod'

/** Messaging settings (issue 4), merged into config.ts's schema. */
export const messagingEnvShape = {
  /** Messages one person may send per window, over REST and sockets together. */
  MESSAGE_SEND_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  MESSAGE_SEND_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** Seconds a person's first page of threads is reused without the database; 0 turns it off. */
  THREAD_LIST_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
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
