import demoPractices from './demo-practices.json' with { type: 'json' }

/** What a demo psychologist offers and when; keyed by the demo account's email. */
export interface DemoPractice {
  gender: 'female' | 'male'
  years: number
  license: string
  timeZone: string
  specialties: string[]
  approaches: string[]
  languages: string[]
  bioFa: string
  bioEn: string
  sessionTypes: { fa: string; en: string; minutes: number; mode: string; priceIrr: number }[]
  /** ISO weekdays (Saturday = 6) with local working windows. */
  hours: { days: number[]; start: string; end: string }[]
}

// Data, not code: eight practices, each written out whole so a reader sees exactly what a demo
// psychologist offers. Hours use ISO weekdays; the Iranian week runs Saturday (6) to Wednesday (3).
// JSON widens `gender` to string; the demo-care seed test loads every practice.
export const DEMO_PRACTICES = demoPractices as Record<string, DemoPractice>
