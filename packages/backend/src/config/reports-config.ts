import type { z } from 'zod'
import { int } from './env-fields.ts'

/** The admin dashboard's figures (issue 20). */
export const reportsEnvShape = {
  /** Seconds an instance reuses the dashboard's weekly figures; 0: computed on every call. */
  DASHBOARD_CACHE_SECONDS: int(60, { min: 0, max: 600 }),
}

type ReportsEnv = z.output<z.ZodObject<typeof reportsEnvShape>>

export interface ReportsConfig {
  dashboardCacheMs: number
}

export function reportsConfigOf(env: ReportsEnv): ReportsConfig {
  return { dashboardCacheMs: env.DASHBOARD_CACHE_SECONDS * 1000 }
}
