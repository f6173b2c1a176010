import type { AssessmentFlag, Bilingual, TraitLevel } from '@yektayar/shared'

/** A band of a scale's score, inclusive at both ends; bands of a scale do not overlap. */
export interface BandRule {
  key: string
  min: number
  max: number
  label: Bilingual
  meaning: Bilingual
}

/** Where a trait sits: low below or at `lowMax`, high at or above `highMin`, else average. */
export interface LevelRule {
  lowMax: number
  highMin: number
  /** The words the personality label uses for this trait at each level. */
  words: Record<TraitLevel, Bilingual>
}

export interface ScaleRule {
  key: string
  label: Bilingual
  items: string[]
  bands?: BandRule[]
  levels?: LevelRule
}

/** A flag raised when one item is answered at or above a value (PHQ-9 item 9 > 0). */
export interface FlagRule {
  key: AssessmentFlag
  item: string
  atLeast: number
}

/**
 * How an instrument is scored, kept beside its questions in `assessments.scoring_rules`: each
 * scale sums its items (reverse-keyed ones as itemMin + itemMax − answer), a screening scale
 * has bands, a personality trait has levels, and flags watch single items.
 */
export interface ScoringRules {
  itemMin: number
  itemMax: number
  reverseKeyed: string[]
  scales: ScaleRule[]
  /** The scale whose score and band are the result's total and band (screening only). */
  primaryScale: string | null
  flags: FlagRule[]
  /** Where the trait levels come from (personality only): the norms or the rule used. */
  levelSource?: string
}
