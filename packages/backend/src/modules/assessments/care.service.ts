import type { ResultListQuery, SharedResultPage, TrendList } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { hasAppointmentBetween } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { bandsOf, briefOf, resultOf } from './assessment-views.ts'
import { findInstruments } from './instrument.repository.ts'
import { trendRows } from './result.repository.ts'
import { pageOfRows } from './result.service.ts'

/**
 * The reader is this patient's psychologist (a confirmed appointment between them); anyone
 * else, and an unknown patient, is answered as if there were no such patient.
 */
export async function requireTreating(deps: AssessmentDeps, auth: AuthContext, patientId: string) {
  const pair = { patientId, psychologistId: auth.userId }
  if (patientId === auth.userId || !(await hasAppointmentBetween(deps.db, pair))) {
    throw new AppError('NOT_FOUND', 'no such patient of this psychologist')
  }
}

/**
 * The results my patient shares with me, newest first, with their answers. Clinical reading:
 * every read is audited (`assessment_results.read`), and a failed audit write answers nothing.
 */
export async function listSharedResults(
  deps: AssessmentDeps,
  auth: AuthContext,
  patientId: string,
  query: ResultListQuery,
): Promise<SharedResultPage> {
  await requireTreating(deps, auth, patientId)
  const { rows, nextCursor } = await pageOfRows(
    deps,
    { userId: patientId, assessmentId: query.assessmentId, sharedOnly: true, limit: query.limit },
    query.cursor,
  )
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'assessment_results.read',
    resource: 'user',
    resourceId: patientId,
    changes: { resultIds: rows.map(([row]) => row.id) },
  })
  return {
    items: rows.map(([row, instrument]) => {
      const { recommendations: _mine, ...shared } = resultOf(row, instrument)
      return shared
    }),
    nextCursor,
  }
}

const TREND_POINTS = 52

/** My patient's screening totals over time, per instrument, from the results they share. */
export async function patientTrends(
  deps: AssessmentDeps,
  auth: AuthContext,
  patientId: string,
): Promise<TrendList> {
  await requireTreating(deps, auth, patientId)
  const rows = await trendRows(deps.db, patientId, true, TREND_POINTS)
  await recordAudit(deps.db, {
    userId: auth.userId,
    action: 'assessment_trends.read',
    resource: 'user',
    resourceId: patientId,
    changes: { resultIds: rows.map((row) => row.id) },
  })
  const instruments = await findInstruments(deps.db, [...new Set(rows.map((r) => r.assessment_id))])
  return {
    series: instruments.map((instrument) => {
      const points = rows.filter((row) => row.assessment_id === instrument.id)
      const total = instrument.scoring_rules.scales.find(
        (s) => s.key === instrument.scoring_rules.primaryScale,
      )
      const { itemMin, itemMax } = instrument.scoring_rules
      return {
        assessment: briefOf(instrument),
        min: (total?.items.length ?? 0) * itemMin,
        max: (total?.items.length ?? 0) * itemMax,
        bands: bandsOf(instrument),
        points: points.map((row) => ({
          resultId: row.id,
          completedAt: row.completed_at,
          total: row.total_score ?? 0,
          band: row.band,
        })),
      }
    }),
  }
}
