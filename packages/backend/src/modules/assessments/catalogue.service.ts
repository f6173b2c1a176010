import type {
  AssessmentDetail,
  AssessmentDraft,
  AssessmentList,
  AssessmentListItem,
  PendingAssignment,
} from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { personNameOf } from '../professionals/person-name.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { bandsOf, briefOf, descriptionOf, resultSummaryOf } from './assessment-views.ts'
import { type AssignmentRow, listOpenAssignmentRows } from './assignment.repository.ts'
import { type DraftRow, listDraftRows } from './draft.repository.ts'
import {
  findInstrument,
  type InstrumentRow,
  listActiveInstruments,
} from './instrument.repository.ts'
import { latestResultRows } from './result.repository.ts'

function listItemOf(
  row: InstrumentRow,
  latest: ReturnType<typeof resultSummaryOf> | null,
  draft: DraftRow | undefined,
): AssessmentListItem {
  return {
    ...briefOf(row),
    description: descriptionOf(row),
    itemCount: row.questions.items.length,
    minutes: row.minutes,
    latest,
    draftAnswered: draft ? draft.answers.length : null,
  }
}

function pendingOf(row: AssignmentRow, instruments: InstrumentRow[]): PendingAssignment[] {
  const instrument = instruments.find((i) => i.id === row.assessment_id)
  if (!instrument || !row.pending) return []
  return [
    {
      id: row.id,
      assessment: briefOf(instrument),
      psychologist: { id: row.psychologist_id, name: personNameOf(row.psychologist_profile) },
      recurrence: row.recurrence,
      note: row.note,
      dueAt: row.due_at,
      createdAt: row.created_at,
    },
  ]
}

/** The instruments on offer, each with my latest result and draft, and what I was asked to take. */
export async function listAssessments(
  deps: AssessmentDeps,
  auth: AuthContext,
): Promise<AssessmentList> {
  const [instruments, latest, drafts, assignments] = await Promise.all([
    listActiveInstruments(deps.db),
    latestResultRows(deps.db, auth.userId),
    listDraftRows(deps.db, auth.userId),
    listOpenAssignmentRows(deps.db, auth.userId),
  ])
  return {
    items: instruments.map((row) => {
      const mine = latest.find((r) => r.assessment_id === row.id)
      const draft = drafts.find((d) => d.assessment_id === row.id)
      return listItemOf(row, mine ? resultSummaryOf(mine, row) : null, draft)
    }),
    assignments: assignments.flatMap((row) => pendingOf(row, instruments)),
  }
}

export function draftOf(row: DraftRow): AssessmentDraft {
  return { answers: row.answers, position: row.position, note: row.note, updatedAt: row.updated_at }
}

/** An active instrument by id or slug; a retired or unknown one is 404 here. */
export async function requireInstrument(deps: AssessmentDeps, idOrSlug: string) {
  const row = await findInstrument(deps.db, idOrSlug)
  if (!row?.is_active) throw new AppError('NOT_FOUND', 'no such assessment')
  return row
}

/** An instrument's questions, with my draft to resume. */
export async function getAssessment(
  deps: AssessmentDeps,
  auth: AuthContext,
  idOrSlug: string,
): Promise<AssessmentDetail> {
  const row = await requireInstrument(deps, idOrSlug)
  const [[latest], [draft]] = await Promise.all([
    latestResultRows(deps.db, auth.userId).then((rows) =>
      rows.filter((r) => r.assessment_id === row.id),
    ),
    listDraftRows(deps.db, auth.userId, row.id),
  ])
  return {
    ...listItemOf(row, latest ? resultSummaryOf(latest, row) : null, draft),
    version: row.version,
    instructions: row.questions.instructions,
    options: row.questions.options,
    items: row.questions.items,
    bands: bandsOf(row),
    citations: row.citations,
    draft: draft ? draftOf(draft) : null,
  }
}
