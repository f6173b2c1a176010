import type { z } from 'zod'
import { int } from './env-fields.ts'

/** The notification centre's list. */
export const notificationListEnvShape = {
  /** Seconds a person's first page of notifications is reused without the database; 0: never. */
  NOTIFICATION_LIST_CACHE_SECONDS: int(5, { min: 0, max: 60 }),
}

type NotificationListEnv = z.output<z.ZodObject<typeof notificationListEnvShape>>

export interface NotificationListConfig {
  cacheMs: number
}

export function notificationListConfigOf(env: NotificationListEnv): NotificationListConfig {
  return { cacheMs: env.NOTIFICATION_LIST_CACHE_SECONDS * 1000 }
}
