import type { AssessmentFlag, Bilingual, ItemAnswer, TraitLevel } from '@yektayar/shared'
import type { ScaleRule, ScoringRules } from './scoring-rules.ts'

export interface ScaleScore {
  key: string
  score: number
  min: number
  max: number
  band: string | null
  level: TraitLevel | null
}

export interface Scored {
  scales: ScaleScore[]
  total: number | null
  band: string | null
  flags: AssessmentFlag[]
  /** A descriptive label from the trait levels (personality instruments), else null. */
  personalityType: Bilingual | null
}

function itemValue(rules: ScoringRules, answers: Map<string, number>, item: string): number {
  const value = answers.get(item)
  if (value === undefined) throw new Error(`no answer for ${item}`)
  return rules.reverseKeyed.includes(item) ? rules.itemMin + rules.itemMax - value : value
}

function scoreScale(rules: ScoringRules, scale: ScaleRule, answers: Map<string, number>) {
  const score = scale.items.reduce((sum, item) => sum + itemValue(rules, answers, item), 0)
  const band = scale.bands?.find((b) => score >= b.min && score <= b.max)?.key ?? null
  let level: TraitLevel | null = null
  if (scale.levels) {
    if (score <= scale.levels.lowMax) level = 'low'
    else if (score >= scale.levels.highMin) level = 'high'
    else level = 'average'
  }
  return {
    key: scale.key,
    score,
    min: scale.items.length * rules.itemMin,
    max: scale.items.length * rules.itemMax,
    band,
    level,
  }
}

function personalityLabel(rules: ScoringRules, scales: ScaleScore[]): Bilingual | null {
  const words = rules.scales.flatMap((rule) => {
    const level = scales.find((s) => s.key === rule.key)?.level
    return rule.levels && level ? [rule.levels.words[level]] : []
  })
  if (words.length === 0) return null
  return { fa: words.map((w) => w.fa).join('، '), en: words.map((w) => w.en).join(', ') }
}

/**
 * Scores a complete set of answers by an instrument's rules. Pure: the caller has checked that
 * every item is answered once within range (submit.service.ts); a missing one throws.
 */
export function score(rules: ScoringRules, answers: readonly ItemAnswer[]): Scored {
  const byItem = new Map(answers.map((a) => [a.itemId, a.value]))
  const scales = rules.scales.map((scale) => scoreScale(rules, scale, byItem))
  const primary = scales.find((s) => s.key === rules.primaryScale) ?? null
  const flags = rules.flags
    .filter((flag) => (byItem.get(flag.item) ?? rules.itemMin) >= flag.atLeast)
    .map((flag) => flag.key)
  return {
    scales,
    total: primary?.score ?? null,
    band: primary?.band ?? null,
    flags,
    personalityType: personalityLabel(rules, scales),
  }
}
