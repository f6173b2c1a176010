import type { AssessmentFigures } from '@yektayar/shared'
import type { AssessmentDeps } from './assessment-deps.ts'
import { briefOf } from './assessment-views.ts'
import { findInstruments } from './instrument.repository.ts'
import { figureRows } from './result.repository.ts'

/** Counts per instrument and band for admins: how many, never whose or what they answered. */
export async function assessmentFigures(deps: AssessmentDeps): Promise<AssessmentFigures> {
  const rows = await figureRows(deps.db)
  const instruments = await findInstruments(deps.db, [...new Set(rows.map((r) => r.assessment_id))])
  return {
    items: instruments.map((instrument) => {
      const mine = rows.filter((row) => row.assessment_id === instrument.id)
      const total = mine.find((row) => row.is_total)
      return {
        assessment: briefOf(instrument),
        results: total?.results ?? 0,
        people: total?.people ?? 0,
        bands: mine.flatMap((row) =>
          !row.is_total && row.band !== null ? [{ band: row.band, count: row.results }] : [],
        ),
      }
    }),
  }
}
