import type { z } from 'zod'
import { int } from './env-fields.ts'

/** Clinical safety (issue 18, DESIGN §11). */
export const safetyEnvShape = {
  /** Seconds an alert may stay unacknowledged before it reaches the next on-call and admins. */
  SAFETY_ESCALATE_AFTER_SECONDS: int(600, { min: 10, max: 3600 }),
}

type SafetyEnv = z.output<z.ZodObject<typeof safetyEnvShape>>

export interface SafetyConfig {
  /** Only the default of the dynamic key safety.escalateAfterSeconds, which escalation reads. */
  escalateAfterMs: number
}

export function safetyConfigOf(env: SafetyEnv): SafetyConfig {
  return { escalateAfterMs: env.SAFETY_ESCALATE_AFTER_SECONDS * 1000 }
}
