import type { SafetyLevel } from '@yektayar/shared'

/** One message as a patient might write it, and the level a clinician would give it. */
export interface TestSetEntry {
  text: string
  expected: SafetyLevel
  note?: string
}
