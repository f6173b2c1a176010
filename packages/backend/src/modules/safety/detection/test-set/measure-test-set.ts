import { SAFETY_LEVELS, type SafetyLevel } from '@yektayar/shared'
import { detectRisk } from '../detect-risk.ts'
import { english } from './english.ts'
import { finglish } from './finglish.ts'
import { holdout } from './holdout.ts'
import { persianColloquial } from './persian-colloquial.ts'
import { persianFormal } from './persian-formal.ts'
import type { TestSetEntry } from './test-set-entry.ts'

export const TEST_SET: Record<string, TestSetEntry[]> = {
  persianFormal,
  persianColloquial,
  finglish,
  english,
  holdout,
}

export interface Miss extends TestSetEntry {
  got: SafetyLevel
}

export interface TestSetFigures {
  counts: Record<SafetyLevel, number> & { total: number; byLanguage: Record<string, number> }
  /** Crisis phrases decided crisis. */
  crisisRecall: number
  /** Benign phrases decided concern or crisis. */
  falseAlarmRate: number
  /** Concern phrases decided exactly concern, and at least concern. */
  concernAccuracy: number
  concernRecall: number
  misses: Miss[]
}

const rank = (level: SafetyLevel) => SAFETY_LEVELS.indexOf(level)
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

/**
 * Runs the detector over the whole test set, or over the named parts of it, and returns the
 * figures the closing note quotes.
 */
export function measureTestSet(parts: string[] = Object.keys(TEST_SET)): TestSetFigures {
  const chosen = Object.entries(TEST_SET).filter(([name]) => parts.includes(name))
  const entries = chosen.flatMap(([, part]) => part)
  const results = entries.map((entry) => ({ ...entry, got: detectRisk(entry.text).level }))
  const of = (level: SafetyLevel) => results.filter((r) => r.expected === level)
  const crisis = of('crisis')
  const concern = of('concern')
  const benign = of('none')
  return {
    counts: {
      total: entries.length,
      crisis: crisis.length,
      concern: concern.length,
      none: benign.length,
      byLanguage: Object.fromEntries(chosen.map(([k, v]) => [k, v.length])),
    },
    crisisRecall: share(crisis.filter((r) => r.got === 'crisis').length, crisis.length),
    falseAlarmRate: share(benign.filter((r) => r.got !== 'none').length, benign.length),
    concernAccuracy: share(concern.filter((r) => r.got === 'concern').length, concern.length),
    concernRecall: share(
      concern.filter((r) => rank(r.got) >= rank('concern')).length,
      concern.length,
    ),
    misses: results.filter((r) => r.got !== r.expected),
  }
}
