import type { AssessmentResult, ResultListQuery, ResultPage } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { resultOf, resultSummaryOf } from './assessment-views.ts'
import { findInstruments, type InstrumentRow } from './instrument.repository.ts'
import {
  listResultRows,
  type ResultFilter,
  type ResultRow,
  setResultShared,
} from './result.repository.ts'

/** Rows of one page with their instruments, and the cursor of the next page. */
export async function pageOfRows(
  deps: AssessmentDeps,
  filter: Omit<ResultFilter, 'after'>,
  cursor: string | undefined,
): Promise<{ rows: [ResultRow, InstrumentRow][]; nextCursor: string | null }> {
  const before = cursor ? decodeCursor(cursor) : undefined
  const rows = await listResultRows(deps.db, {
    ...filter,
    after: before ? { at: before.createdAt.toISOString(), id: before.id } : undefined,
  })
  const page = rows.slice(0, filter.limit)
  const instruments = await findInstruments(deps.db, [...new Set(page.map((r) => r.assessment_id))])
  const last = page.at(-1)
  return {
    rows: page.flatMap((row) => {
      const instrument = instruments.find((i) => i.id === row.assessment_id)
      return instrument ? [[row, instrument] as [ResultRow, InstrumentRow]] : []
    }),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor(new Date(last.completed_at), last.id)
        : null,
  }
}

/** My results, newest first, optionally of one instrument. */
export async function listMyResults(
  deps: AssessmentDeps,
  auth: AuthContext,
  query: ResultListQuery,
): Promise<ResultPage> {
  const { rows, nextCursor } = await pageOfRows(
    deps,
    { userId: auth.userId, assessmentId: query.assessmentId, limit: query.limit },
    query.cursor,
  )
  return { items: rows.map(([row, instrument]) => resultSummaryOf(row, instrument)), nextCursor }
}

/** One of my results in full; someone else's answers like a missing one. */
export async function getMyResult(
  deps: AssessmentDeps,
  auth: AuthContext,
  id: string,
): Promise<AssessmentResult> {
  const { rows } = await pageOfRows(deps, { userId: auth.userId, id, limit: 1 }, undefined)
  const [found] = rows
  if (!found) throw new AppError('NOT_FOUND', 'no such result')
  return resultOf(...found)
}

/** Shares a result with my treating psychologists, or withdraws it. */
export async function setResultSharing(
  deps: AssessmentDeps,
  auth: AuthContext,
  id: string,
  shared: boolean,
): Promise<AssessmentResult> {
  const updated = await setResultShared(deps.db, { id, userId: auth.userId }, shared)
  if (!updated) throw new AppError('NOT_FOUND', 'no such result')
  return getMyResult(deps, auth, id)
}
