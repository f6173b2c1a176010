import type { AssessmentDraft, SaveDraftBody } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import { checkAnswers } from './answer-check.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { draftOf, requireInstrument } from './catalogue.service.ts'
import { deleteDraft, listDraftRows, upsertDraft } from './draft.repository.ts'

/**
 * Keeps what I answered so far, so the assessment resumes where I left it on any device. The
 * same checks as a submission, except that items may still be unanswered.
 */
export async function saveDraft(
  deps: AssessmentDeps,
  auth: AuthContext,
  idOrSlug: string,
  body: SaveDraftBody,
): Promise<AssessmentDraft> {
  const instrument = await requireInstrument(deps, idOrSlug)
  checkAnswers(instrument.questions, body.answers, { complete: false })
  const position = Math.min(body.position, instrument.questions.items.length - 1)
  await upsertDraft(deps.db, {
    userId: auth.userId,
    assessmentId: instrument.id,
    answers: body.answers,
    position,
    note: body.note || null,
  })
  const [row] = await listDraftRows(deps.db, auth.userId, instrument.id)
  if (!row) throw new Error('a saved draft is not found')
  return draftOf(row)
}

/** Starts over: my draft goes. */
export async function discardDraft(deps: AssessmentDeps, auth: AuthContext, idOrSlug: string) {
  const instrument = await requireInstrument(deps, idOrSlug)
  await deleteDraft(deps.db, auth.userId, instrument.id)
}
