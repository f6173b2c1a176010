import type { RawSql } from '../db/database.ts'
import { INSTRUMENTS } from '../modules/assessments/instruments/instruments.ts'

/**
 * The instruments (PHQ-9, GAD-7, IPIP-50) as data the code depends on, upserted by slug at
 * every boot like the permissions, so production has them without a demo seed. An instrument
 * taken off the list stays in the table (its results keep pointing at it) but is not changed.
 */
export async function syncInstruments(sql: RawSql): Promise<void> {
  for (const instrument of INSTRUMENTS) {
    await sql.query(
      `INSERT INTO assessments (slug, kind, version, position, minutes, title, title_en,
         description, description_en, citations, questions, scoring_rules, is_active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::jsonb, true)
       ON CONFLICT (slug) DO UPDATE SET kind = EXCLUDED.kind, version = EXCLUDED.version,
         position = EXCLUDED.position, minutes = EXCLUDED.minutes, title = EXCLUDED.title,
         title_en = EXCLUDED.title_en, description = EXCLUDED.description,
         description_en = EXCLUDED.description_en, citations = EXCLUDED.citations,
         questions = EXCLUDED.questions, scoring_rules = EXCLUDED.scoring_rules,
         updated_at = now()
       WHERE assessments.version IS DISTINCT FROM EXCLUDED.version
         OR assessments.questions IS DISTINCT FROM EXCLUDED.questions
         OR assessments.scoring_rules IS DISTINCT FROM EXCLUDED.scoring_rules
         OR assessments.citations IS DISTINCT FROM EXCLUDED.citations
         OR assessments.title IS DISTINCT FROM EXCLUDED.title`,
      [
        instrument.slug,
        instrument.kind,
        instrument.version,
        instrument.position,
        instrument.minutes,
        instrument.title.fa,
        instrument.title.en,
        instrument.description.fa,
        instrument.description.en,
        JSON.stringify(instrument.citations),
        JSON.stringify(instrument.questions),
        JSON.stringify(instrument.scoringRules),
      ],
    )
  }
}
