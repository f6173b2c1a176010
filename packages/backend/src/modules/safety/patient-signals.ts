import type { SafetyDecision, SafetyLevel, SafetySource } from '@yektayar/shared'
import { raiseAlert } from './alert-raise.ts'
import { detectRisk } from './detection/detect-risk.ts'
import type { SafetyDeps } from './safety-deps.ts'

const RANK: Record<SafetyLevel, number> = { none: 0, concern: 1, crisis: 2 }

/** The graver of two decisions, with the reasons of both. */
export function graverOf(a: SafetyDecision, b: SafetyDecision): SafetyDecision {
  const level = RANK[a.level] >= RANK[b.level] ? a.level : b.level
  return { level, reasons: [...new Set([...a.reasons, ...b.reasons])] }
}

/** The decision alone, raising nothing: for answering a retried send with its first decision. */
export function riskOf(text: string): SafetyDecision {
  return detectRisk(text)
}

export interface PatientText {
  patientId: string
  source: SafetySource
  sourceId: string | null
  text: string
}

/**
 * The one door for what patients write (DESIGN §11): the local detector decides, and a crisis
 * raises (or renews) the patient's alert before this answers, so the caller can show the crisis
 * card with the alert already in the queue. Concern pages nobody. Never throws: a failure to
 * raise is logged and the decision still goes back, so the person sees help whatever happens.
 */
export async function assessPatientText(
  deps: SafetyDeps,
  input: PatientText,
): Promise<SafetyDecision> {
  const decision = detectRisk(input.text)
  await reportPatientSignal(deps, { ...input, decision })
  return decision
}

export interface PatientSignal {
  patientId: string
  source: SafetySource
  sourceId: string | null
  decision: SafetyDecision
  /** The patient's words behind the signal, kept with the alert for the responders. */
  text?: string | null
}

/** A decision reached elsewhere (PHQ-9 item 9 above 0, "I am not safe"): crisis raises an alert. */
export async function reportPatientSignal(deps: SafetyDeps, signal: PatientSignal): Promise<void> {
  if (signal.decision.level !== 'crisis') return
  await raiseAlert(deps, {
    patientId: signal.patientId,
    source: signal.source,
    sourceId: signal.sourceId,
    reasons: signal.decision.reasons,
    text: signal.text ?? null,
  }).catch((error: unknown) => {
    deps.log.error({ err: error, source: signal.source }, 'safety alert could not be raised')
  })
}
