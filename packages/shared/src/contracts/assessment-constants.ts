// Assessments' vocabulary without zod (issue 18), so front ends can import the values.

/** Texts an instrument carries in both languages; the client shows the one it speaks. */
export interface Bilingual {
  fa: string
  en: string
}

/** How often a psychologist asks for an instrument: once, or before every confirmed session. */
export const ASSIGNMENT_RECURRENCES = ['once', 'every_session'] as const
export type AssignmentRecurrence = (typeof ASSIGNMENT_RECURRENCES)[number]

/** What an instrument is for: symptom screening (bands), or describing personality (levels). */
export const ASSESSMENT_KINDS = ['screening', 'personality'] as const
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

/** A personality trait's level against the instrument's reference (see its scoring rules). */
export const TRAIT_LEVELS = ['low', 'average', 'high'] as const
export type TraitLevel = (typeof TRAIT_LEVELS)[number]

/** What a recommendation opens in the web app. */
export const RECOMMENDATION_KINDS = [
  'course',
  'psychologists',
  'exercise',
  'talk_to_psychologist',
  'crisis_support',
] as const
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number]

/** Flags a result may carry; `phq9_item9` is PHQ-9's item 9 answered above 0. */
export const ASSESSMENT_FLAGS = ['phq9_item9'] as const
export type AssessmentFlag = (typeof ASSESSMENT_FLAGS)[number]

/** The longest free-text note a patient may add to a submission. */
export const ASSESSMENT_NOTE_MAX = 2000
