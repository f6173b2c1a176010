import type {
  AnswerOption,
  AssessmentItem,
  AssessmentKind,
  Bilingual,
  Citation,
} from '@yektayar/shared'
import type { ScoringRules } from '../scoring/scoring-rules.ts'

/**
 * One instrument as data: what `assessments` holds for it. Upserted by slug at every boot
 * (seed/assessment-instruments.ts); a change of wording or scoring bumps `version`, and each
 * result keeps the version it was scored with.
 */
export interface InstrumentDefinition {
  slug: string
  kind: AssessmentKind
  version: number
  position: number
  minutes: number
  title: Bilingual
  description: Bilingual
  citations: Citation[]
  questions: InstrumentQuestions
  scoringRules: ScoringRules
}

export interface InstrumentQuestions {
  instructions: Bilingual
  options: AnswerOption[]
  items: AssessmentItem[]
}

/** PHQ-9's and GAD-7's answer scale (Kroenke 2001; Spitzer 2006) in the Persian versions. */
export const FREQUENCY_OPTIONS: AnswerOption[] = [
  { value: 0, label: { fa: 'اصلاً', en: 'Not at all' } },
  { value: 1, label: { fa: 'چند روز', en: 'Several days' } },
  { value: 2, label: { fa: 'بیش از نیمی از روزها', en: 'More than half the days' } },
  { value: 3, label: { fa: 'تقریباً هر روز', en: 'Nearly every day' } },
]

export const TWO_WEEKS_INSTRUCTIONS: Bilingual = {
  fa: 'در دو هفتهٔ گذشته، چند وقت یک‌بار هر یک از مشکلات زیر آزارتان داده است؟',
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
}

/** Items as `<prefix>_<n>` with their texts, in order. */
export function itemsOf(prefix: string, texts: Bilingual[]): AssessmentItem[] {
  return texts.map((text, index) => ({ id: `${prefix}_${index + 1}`, text }))
}
