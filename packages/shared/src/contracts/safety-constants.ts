export const SAFETY_LEVELS = ['none', 'concern', 'crisis'] as const
export type SafetyLevel = (typeof SAFETY_LEVELS)[number]
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
  reasons: SafetyReason[]
}
