// The safety module's vocabulary without zod, so front ends can react to a decision (DESIGN §11).

/** Ordered from least to most urgent: the highest level any signal reaches wins. */
export const SAFETY_LEVELS = ['none', 'concern', 'crisis'] as const
export type SafetyLevel = (typeof SAFETY_LEVELS)[number]

/**
 * Why a decision was reached. The text detector gives the first seven; `phq9_item9` comes from an
 * assessment answer and `self_report_unsafe` from the person answering "are you safe now?".
 */
export const SAFETY_REASONS = [
  'explicit_intent',
  'plan_or_means',
  'self_harm',
  'farewell',
  'passive_wish',
  'hopelessness',
  'reported_risk',
  'phq9_item9',
  'self_report_unsafe',
] as const
export type SafetyReason = (typeof SAFETY_REASONS)[number]

export interface SafetyDecision {
  level: SafetyLevel
  /** Every reason that applied, each once, in the order of SAFETY_REASONS. */
  reasons: SafetyReason[]
}
