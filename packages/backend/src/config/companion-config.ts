import { z } from 'zod'
import { int } from './env-fields.ts'

/**
 * The AI companion's settings that admins may change at run time (issue 19). These are the
 * defaults of the dynamic configuration keys `companion.*` (modules/config/config-registry.ts):
 * a value an admin stores there wins, and resetting it returns to these.
 */
export const companionEnvShape = {
  COMPANION_PROVIDER: z.enum(['offline', 'openai-compatible']).default('offline'),
  COMPANION_MODEL: z.string().min(1).max(100).default('openai'),
  COMPANION_HOURLY_QUOTA: int(30, { min: 1, max: 1000 }),
  COMPANION_DAILY_QUOTA: int(100, { min: 1, max: 10_000 }),
}

type CompanionEnv = z.output<z.ZodObject<typeof companionEnvShape>>

export interface CompanionEnvConfig {
  provider: CompanionEnv['COMPANION_PROVIDER']
  model: string
  hourlyQuota: number
  dailyQuota: number
}

export function companionConfigOf(env: CompanionEnv): CompanionEnvConfig {
  return {
    provider: env.COMPANION_PROVIDER,
    model: env.COMPANION_MODEL,
    hourlyQuota: env.COMPANION_HOURLY_QUOTA,
    // The dynamic configuration refuses a daily quota below the hourly one; so does boot.
    dailyQuota: Math.max(env.COMPANION_DAILY_QUOTA, env.COMPANION_HOURLY_QUOTA),
  }
}
