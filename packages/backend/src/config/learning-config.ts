import type { z } from 'zod'
import { int } from './env-fields.ts'

/** Courses (issue 17). */
export const learningEnvShape = {
  /** Seconds a person's first catalogue page is reused without the database; 0: never. */
  COURSE_LIST_CACHE_SECONDS: int(5, { min: 0, max: 60 }),
}

type LearningEnv = z.output<z.ZodObject<typeof learningEnvShape>>

export interface LearningConfig {
  catalogueCacheMs: number
}

export function learningConfigOf(env: LearningEnv): LearningConfig {
  return { catalogueCacheMs: env.COURSE_LIST_CACHE_SECONDS * 1000 }
}
