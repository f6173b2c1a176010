import type { RawSql } from '../db/database.ts'
import { GAD7 } from '../modules/assessments/instruments/gad7.ts'
import type { InstrumentDefinition } from '../modules/assessments/instruments/instrument.ts'
import { PHQ9 } from '../modules/assessments/instruments/phq9.ts'
import { pointersOf, recommendationsOf } from '../modules/assessments/recommendations.ts'
import { score } from '../modules/assessments/scoring/score.ts'

const SARA = '+989120000002'
const MARYAM = '+989120000101'

interface PastResult {
  instrument: InstrumentDefinition
  daysAgo: number
  values: number[]
}

/** Sara's weeks in numbers: PHQ-9 from moderate to mild, GAD-7 from moderate to mild. */
const PAST_RESULTS: PastResult[] = [
  { instrument: PHQ9, daysAgo: 29, values: [2, 2, 2, 2, 1, 2, 2, 1, 0] },
  { instrument: GAD7, daysAgo: 29, values: [2, 2, 2, 2, 1, 2, 2] },
  { instrument: PHQ9, daysAgo: 15, values: [1, 2, 2, 1, 1, 1, 1, 1, 0] },
  { instrument: GAD7, daysAgo: 8, values: [1, 1, 2, 1, 1, 1, 1] },
  { instrument: PHQ9, daysAgo: 2, values: [1, 1, 1, 1, 1, 1, 1, 0, 0] },
]

/**
 * The demo patient's past PHQ-9 and GAD-7 results over four weeks, scored by the engine, so
 * the history and the trend chart show something true on first start; and her psychologist's
 * request, yesterday, for another PHQ-9. Written once, in the first-start transaction.
 */
export async function seedDemoAssessments(sql: RawSql): Promise<void> {
  const [people] = await sql.query<{ patient: string | null; psychologist: string | null }>(
    `SELECT (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $1) AS patient,
            (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $2) AS psychologist`,
    [SARA, MARYAM],
  )
  if (!people?.patient || !people.psychologist) return
  for (const past of PAST_RESULTS) {
    const { instrument, values } = past
    const answers = instrument.questions.items.map((item, i) => ({
      itemId: item.id,
      value: values[i] ?? 0,
    }))
    const scored = score(instrument.scoringRules, answers)
    const recommendations = recommendationsOf(pointersOf(instrument.slug, scored), scored.flags, [])
    await sql.query(
      `INSERT INTO assessment_results (user_id, assessment_id, assessment_version, answers, scores,
         total_score, band, flags, recommendations, completed_at)
       SELECT $1, a.id, a.version, $3::jsonb, $4::jsonb, $5, $6, $7::text[], $8::jsonb,
         date_trunc('milliseconds', now()) - make_interval(days => $9)
       FROM assessments a WHERE a.slug = $2`,
      [
        people.patient,
        instrument.slug,
        JSON.stringify(answers),
        JSON.stringify({ scales: scored.scales, personalityTypeEn: null }),
        scored.total,
        scored.band,
        `{${scored.flags.join(',')}}`,
        JSON.stringify(recommendations),
        past.daysAgo,
      ],
    )
  }
  await sql.query(
    `INSERT INTO assessment_assignments (assessment_id, patient_id, psychologist_id, recurrence,
       note, created_at)
     SELECT a.id, $1, $2, 'once', $3, now() - interval '1 day'
     FROM assessments a WHERE a.slug = 'phq-9'`,
    [people.patient, people.psychologist, 'پیش از جلسهٔ بعد، تا روند را با هم ببینیم.'],
  )
}
