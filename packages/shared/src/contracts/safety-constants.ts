// Safety's vocabularies without zod, so front ends can import the values (issue 18).
import type { SafetyAlert } from './safety.ts'

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

/** Emergency numbers shown on every crisis card, in this order. */
export const CRISIS_LINES = [
  { number: '123', key: 'social_emergency' },
  { number: '1480', key: 'counselling' },
  { number: '115', key: 'ambulance' },
] as const

/** What raised an alert: a text the patient wrote, or a structured signal. */
export const SAFETY_SOURCES = [
  'message',
  'exercise_answer',
  'assessment',
  'check_in',
  'talk_now',
  'companion',
] as const
export type SafetySource = (typeof SAFETY_SOURCES)[number]

export const SAFETY_ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const
export type SafetyAlertStatus = (typeof SAFETY_ALERT_STATUSES)[number]

export const SAFE_NOW_ANSWERS = ['yes', 'no', 'unsure'] as const
export type SafeNowAnswer = (typeof SAFE_NOW_ANSWERS)[number]

/** Stanley–Brown safety plan sections, in the order the plan is written and read. */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'copingStrategies',
  'peopleAndPlaces',
  'peopleToAsk',
  'professionals',
  'safeEnvironment',
  'reasonsToLive',
] as const
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number]

/** Socket.IO events of the safety module, sent to each responder's user room. */
export const SAFETY_ALERT_EVENT = 'safety:alert'

/** Socket.IO events the safety module emits. */
export interface SafetyServerEvents {
  'safety:alert': (alert: SafetyAlert) => void
}
