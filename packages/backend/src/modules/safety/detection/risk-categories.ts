import type { SafetyLevel, SafetyReason } from '@yektayar/shared'
import type { Phrase } from './phrase-pattern.ts'

/** The reasons the text detector can give; the other two come from structured answers. */
export type DetectorCategory = Exclude<SafetyReason, 'phq9_item9' | 'self_report_unsafe'>

/**
 * What the lists can find: the reasons, and `resolve`, a settled mind with no object named
 * ("I'm doing it this weekend", «تصمیممو گرفتم», «تمومش می‌کنم»). Alone it says nothing about
 * dying; beside a wish to be dead it is the intent that turns the wish into a crisis (the
 * Columbia protocol's step from question 1 to question 4), so detectRisk reads it only then.
 */
export type MatcherCategory = DetectorCategory | 'resolve'

/** One language's phrases by category (see phrase-pattern.ts for the syntax). */
export type PhraseList = { [C in MatcherCategory]: (string | Phrase)[] }

/**
 * Stated intent, a plan or means, self-harm and farewells are acted on at once. A wish to be
 * dead without intent (the Columbia protocol's first question), hopelessness and someone else's
 * risk are a concern: a human should look, nobody need be woken.
 */
export const CATEGORY_LEVEL: Record<DetectorCategory, SafetyLevel> = {
  explicit_intent: 'crisis',
  plan_or_means: 'crisis',
  self_harm: 'crisis',
  farewell: 'crisis',
  passive_wish: 'concern',
  hopelessness: 'concern',
  reported_risk: 'concern',
}

export const DETECTOR_CATEGORIES = Object.keys(CATEGORY_LEVEL) as DetectorCategory[]
export const MATCHER_CATEGORIES: MatcherCategory[] = [...DETECTOR_CATEGORIES, 'resolve']
