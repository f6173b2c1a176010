import type { AssessmentKind, Citation } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import type { InstrumentQuestions } from './instruments/instrument.ts'
import type { ScoringRules } from './scoring/scoring-rules.ts'

export interface InstrumentRow {
  id: string
  slug: string
  kind: AssessmentKind
  version: number
  minutes: number
  title: string
  title_en: string | null
  description: string | null
  description_en: string | null
  citations: Citation[]
  questions: InstrumentQuestions
  scoring_rules: ScoringRules
  is_active: boolean
}

const COLUMNS = sql.raw(`a.id, a.slug, a.kind, a.version, a.minutes, a.title, a.title_en,
  a.description, a.description_en, a.citations, a.questions, a.scoring_rules,
  coalesce(a.is_active, false) AS is_active`)

/** Active instruments with a slug (the ones defined as data), in their order. */
export function listActiveInstruments(db: Db) {
  return queryRows<InstrumentRow>(
    db,
    sql`SELECT ${COLUMNS} FROM assessments a
      WHERE a.is_active AND a.slug IS NOT NULL ORDER BY a.position, a.slug`,
  )
}

/** An instrument by uuid or slug, active or not. */
export async function findInstrument(db: Db, idOrSlug: string): Promise<InstrumentRow | undefined> {
  const byId = /^[0-9a-f-]{36}$/i.test(idOrSlug)
  const [row] = await queryRows<InstrumentRow>(
    db,
    byId
      ? sql`SELECT ${COLUMNS} FROM assessments a WHERE a.id = ${idOrSlug}::uuid AND a.slug IS NOT NULL`
      : sql`SELECT ${COLUMNS} FROM assessments a WHERE a.slug = ${idOrSlug}`,
  )
  return row
}

/** Instruments by id, active or not (results keep pointing at retired ones). */
export function findInstruments(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return queryRows<InstrumentRow>(
    db,
    sql`SELECT ${COLUMNS} FROM assessments a WHERE a.id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
  )
}
