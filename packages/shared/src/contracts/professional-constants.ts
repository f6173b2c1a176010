// The directory's vocabulary without zod, so front ends can import the values.

/** How a session takes place. `video` sessions carry a join link once confirmed. */
export const SESSION_MODES = ['video', 'phone', 'in_person', 'text'] as const
export type SessionMode = (typeof SESSION_MODES)[number]

export const PROFESSIONAL_GENDERS = ['female', 'male', 'other'] as const

/** Stable keys; both front ends translate them. */
export const SPECIALTIES = [
  'anxiety',
  'depression',
  'relationships',
  'couples',
  'family',
  'child_adolescent',
  'trauma',
  'grief',
  'addiction',
  'ocd',
  'stress',
  'self_esteem',
  'eating_disorders',
  'sleep',
  'adhd',
  'personality',
] as const

export const APPROACHES = [
  'cbt',
  'act',
  'dbt',
  'emdr',
  'psychodynamic',
  'schema',
  'humanistic',
  'family_systems',
  'mindfulness',
  'solution_focused',
  'existential',
] as const

export const PROFESSIONAL_SORTS = ['experience', 'price_asc', 'price_desc'] as const
