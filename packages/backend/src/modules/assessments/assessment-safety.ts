import type { SafetyDecision } from '@yektayar/shared'
import { assessPatientText, graverOf, reportPatientSignal } from '../safety/patient-signals.ts'
import type { SafetyDeps } from '../safety/safety-deps.ts'

const NONE: SafetyDecision = { level: 'none', reasons: [] }

/**
 * The safety module's say on a submission (DESIGN §11): PHQ-9 item 9 above 0 is a crisis
 * signal, reported as such; the free-text note goes through the detector like any patient
 * text. The answer carries the graver of the two, and alerts are raised before it goes back.
 */
export async function safetyOfSubmission(
  deps: SafetyDeps,
  input: { patientId: string; resultId: string; item9: boolean; note: string | null },
): Promise<SafetyDecision> {
  let decision = NONE
  if (input.item9) {
    decision = { level: 'crisis', reasons: ['phq9_item9'] }
    await reportPatientSignal(deps, {
      patientId: input.patientId,
      source: 'assessment',
      sourceId: input.resultId,
      decision,
      text: input.note,
    })
  }
  if (input.note) {
    const fromNote = await assessPatientText(deps, {
      patientId: input.patientId,
      source: 'assessment',
      sourceId: input.resultId,
      text: input.note,
    })
    decision = graverOf(decision, fromNote)
  }
  return decision
}
