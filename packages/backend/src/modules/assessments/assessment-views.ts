import type {
  AssessmentBrief,
  AssessmentFlag,
  AssessmentResult,
  AssessmentResultSummary,
  Band,
  Bilingual,
  ScaleScore,
} from '@yektayar/shared'
import type { InstrumentRow } from './instrument.repository.ts'
import type { ResultRow } from './result.repository.ts'

const both = (fa: string | null, en: string | null): Bilingual => ({
  fa: fa ?? en ?? '',
  en: en ?? fa ?? '',
})

export function briefOf(row: InstrumentRow): AssessmentBrief {
  return { id: row.id, slug: row.slug, title: both(row.title, row.title_en), kind: row.kind }
}

export function descriptionOf(row: InstrumentRow): Bilingual {
  return both(row.description, row.description_en)
}

/** The primary scale's bands, for the result page and the trend chart. */
export function bandsOf(row: InstrumentRow): Band[] {
  const rules = row.scoring_rules
  const primary = rules.scales.find((scale) => scale.key === rules.primaryScale)
  return primary?.bands ?? []
}

function scalesOf(row: ResultRow, instrument: InstrumentRow): ScaleScore[] {
  return (row.scores?.scales ?? []).map((scale) => {
    const rule = instrument.scoring_rules.scales.find((r) => r.key === scale.key)
    return { ...scale, label: rule?.label ?? { fa: scale.key, en: scale.key } }
  })
}

export function resultSummaryOf(
  row: ResultRow,
  instrument: InstrumentRow,
): AssessmentResultSummary {
  return {
    id: row.id,
    assessment: briefOf(instrument),
    completedAt: row.completed_at,
    total: row.total_score,
    band: row.band,
    flags: row.flags as AssessmentFlag[],
    personalityType: row.personality_type
      ? both(row.personality_type, row.scores?.personalityTypeEn ?? null)
      : null,
    sharedWithPsychologist: row.shared_with_psychologist,
  }
}

export function resultOf(row: ResultRow, instrument: InstrumentRow): AssessmentResult {
  return {
    ...resultSummaryOf(row, instrument),
    scales: scalesOf(row, instrument),
    bands: bandsOf(instrument),
    answers: row.answers,
    note: row.note,
    recommendations: row.recommendations ?? [],
    assignmentId: row.assignment_id,
  }
}
