import { z } from 'zod'

/** Messaging settings (issue 4), merged into config.ts's schema. */
export const messagingEnvShape = {
  /** Messages one person may send per window, over REST and sockets together. */
  MESSAGE_SEND_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(20),
  MESSAGE_SEND_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
}

type MessagingEnv = z.output<z.ZodObject<typeof messagingEnvShape>>

export interface MessagingConfig {
  sendLimit: { max: number; windowMs: number }
}

export function messagingConfigOf(env: MessagingEnv): MessagingConfig {
  return {
    sendLimit: { max: env.MESSAGE_SEND_LIMIT, windowMs: env.MESSAGE_SEND_WINDOW_SECONDS * 1000 },
  }
}
