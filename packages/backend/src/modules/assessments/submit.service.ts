import type { SubmitAssessmentBody, SubmitAssessmentResponse } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { suggestCourses } from '../learning/course-suggestion.service.ts'
import { checkAnswers } from './answer-check.ts'
import type { AssessmentDeps } from './assessment-deps.ts'
import { safetyOfSubmission } from './assessment-safety.ts'
import { resultOf } from './assessment-views.ts'
import { answerAssignments } from './assignment.repository.ts'
import { deleteDraft } from './draft.repository.ts'
import { findInstrument } from './instrument.repository.ts'
import { pointersOf, recommendationsOf } from './recommendations.ts'
import { insertResult, listResultRows } from './result.repository.ts'
import { score } from './scoring/score.ts'

/**
 * Scores a complete set of answers, stores the result with its recommendations (shared with
 * the treating psychologist unless the patient withdraws it later), answers the patient's
 * pending assignments for it and drops the draft, in one transaction. Then the safety module
 * has its say on item 9 and the note, and its decision goes back with the result.
 */
export async function submitAssessment(
  deps: AssessmentDeps,
  auth: AuthContext,
  idOrSlug: string,
  body: SubmitAssessmentBody,
): Promise<SubmitAssessmentResponse> {
  const instrument = await findInstrument(deps.db, idOrSlug)
  if (!instrument) throw new AppError('NOT_FOUND', 'no such assessment')
  if (!instrument.is_active) throw new AppError('ASSESSMENT_INACTIVE', instrument.slug)
  checkAnswers(instrument.questions, body.answers, { complete: true })
  const scored = score(instrument.scoring_rules, body.answers)
  const pointers = pointersOf(instrument.slug, scored)
  const courses = await suggestCourses(deps.db, pointers.tags)
  const note = body.note || null
  const resultId = await deps.db.transaction(async (tx) => {
    const assignmentId = await answerAssignments(tx, {
      patientId: auth.userId,
      assessmentId: instrument.id,
    })
    const { id } = await insertResult(tx, {
      userId: auth.userId,
      assessmentId: instrument.id,
      assessmentVersion: instrument.version,
      answers: body.answers,
      scores: { scales: scored.scales, personalityTypeEn: scored.personalityType?.en ?? null },
      totalScore: scored.total,
      band: scored.band,
      flags: scored.flags,
      personalityType: scored.personalityType?.fa ?? null,
      recommendations: recommendationsOf(pointers, scored.flags, courses),
      note,
      assignmentId,
    })
    await deleteDraft(tx, auth.userId, instrument.id)
    return id
  })
  const safety = await safetyOfSubmission(deps.safety, {
    patientId: auth.userId,
    resultId,
    item9: scored.flags.includes('phq9_item9'),
    note,
  })
  const [row] = await listResultRows(deps.db, { userId: auth.userId, id: resultId, limit: 1 })
  if (!row) throw new Error('a stored result is not found')
  return { result: resultOf(row, instrument), safety }
}
