import type { AssessmentRecommendation, ItemAnswer } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { assessmentResults } from '../../db/schema/index.ts'
import { isoOf, queryRows } from '../../db/sql-query.ts'
import type { ScaleScore } from './scoring/score.ts'

/** What `scores` holds: every scale, and the label's English (personality_type keeps Persian). */
export interface StoredScores {
  scales: ScaleScore[]
  personalityTypeEn: string | null
}

export interface ResultRow {
  id: string
  user_id: string
  assessment_id: string
  answers: ItemAnswer[]
  scores: StoredScores | null
  personality_type: string | null
  recommendations: AssessmentRecommendation[] | null
  completed_at: string
  total_score: number | null
  band: string | null
  flags: string[]
  note: string | null
  shared_with_psychologist: boolean
  assignment_id: string | null
}

function columns() {
  return sql`r.id, r.user_id, r.assessment_id, r.answers, r.scores, r.personality_type,
    r.recommendations, ${isoOf('r.completed_at')} AS completed_at, r.total_score, r.band,
    r.flags, r.note, r.shared_with_psychologist, r.assignment_id`
}

export async function insertResult(
  db: Db,
  values: typeof assessmentResults.$inferInsert,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(assessmentResults)
    .values({ ...values, completedAt: sql`date_trunc('milliseconds', now())` })
    .returning({ id: assessmentResults.id })
  if (!row) throw new Error('result insert returned no row')
  return row
}

export interface ResultFilter {
  userId: string
  id?: string
  assessmentId?: string
  sharedOnly?: boolean
  after?: { at: string; id: string }
  limit: number
}

/** A person's results, newest first, one more than asked. */
export function listResultRows(db: Db, filter: ResultFilter) {
  const one = filter.id ? sql`AND r.id = ${filter.id}::uuid` : sql``
  const of = filter.assessmentId ? sql`AND r.assessment_id = ${filter.assessmentId}::uuid` : sql``
  const shared = filter.sharedOnly ? sql`AND r.shared_with_psychologist` : sql``
  const after = filter.after
    ? sql`AND (r.completed_at, r.id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)`
    : sql``
  return queryRows<ResultRow>(
    db,
    sql`SELECT ${columns()} FROM assessment_results r
      WHERE r.user_id = ${filter.userId}::uuid ${one} ${of} ${shared} ${after}
      ORDER BY r.completed_at DESC, r.id DESC LIMIT ${filter.limit + 1}`,
  )
}

/** Each instrument's latest result of a person. */
export function latestResultRows(db: Db, userId: string) {
  return queryRows<ResultRow>(
    db,
    sql`SELECT DISTINCT ON (r.assessment_id) ${columns()} FROM assessment_results r
      WHERE r.user_id = ${userId}::uuid
      ORDER BY r.assessment_id, r.completed_at DESC, r.id DESC`,
  )
}

/** A person's screening totals, oldest first, the last `perInstrument` of each instrument. */
export function trendRows(db: Db, userId: string, sharedOnly: boolean, perInstrument: number) {
  const shared = sharedOnly ? sql`AND r.shared_with_psychologist` : sql``
  return queryRows<ResultRow>(
    db,
    sql`SELECT * FROM (
        SELECT ${columns()}, row_number() OVER (
          PARTITION BY r.assessment_id ORDER BY r.completed_at DESC, r.id DESC) AS n
        FROM assessment_results r
        WHERE r.user_id = ${userId}::uuid AND r.total_score IS NOT NULL ${shared}
      ) t WHERE t.n <= ${perInstrument} ORDER BY t.completed_at, t.id`,
  )
}

/** Undefined when the result is not this person's. */
export async function setResultShared(
  db: Db,
  target: { id: string; userId: string },
  shared: boolean,
) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE assessment_results SET shared_with_psychologist = ${shared}
      WHERE id = ${target.id}::uuid AND user_id = ${target.userId}::uuid RETURNING id`,
  )
  return rows[0]
}

export interface FigureRow {
  assessment_id: string
  band: string | null
  results: number
  people: number
  /** The instrument's row across all bands (GROUPING SETS), else one band's. */
  is_total: boolean
}

/** Counts per instrument and band; nothing about any one person. */
export function figureRows(db: Db) {
  return queryRows<FigureRow>(
    db,
    sql`SELECT r.assessment_id, r.band, count(*)::int AS results,
        count(DISTINCT r.user_id)::int AS people, grouping(r.band) = 1 AS is_total
      FROM assessment_results r WHERE r.assessment_id IS NOT NULL
      GROUP BY GROUPING SETS ((r.assessment_id, r.band), (r.assessment_id))
      ORDER BY r.assessment_id, r.band`,
  )
}
