import { SAFETY_REASONS, type SafetyDecision, type SafetyReason } from '@yektayar/shared'
import { normaliseText } from './normalise-text.ts'
import { CATEGORY_LEVEL, type DetectorCategory } from './risk-categories.ts'
import { findPhrases } from './risk-matcher.ts'
import { isNegated, isReported } from './speech-context.ts'

/**
 * What one phrase means where it stands. A denial right before it ("I would never", «نمی‌خوام»)
 * drops it: the person says they are not at risk, and flagging every denial would teach people
 * that talking openly sets off alarms (the psychologist still reads the message). Someone
 * else's words («دوستم گفت …») are someone else's risk: a concern, so the writer is asked how
 * they can help, not treated as in crisis.
 */
function reasonAt(text: string, start: number, category: DetectorCategory): SafetyReason | null {
  if (isNegated(text, start)) return null
  if (category !== 'reported_risk' && isReported(text, start)) return 'reported_risk'
  return category
}

/** The local, offline risk decision for any text a patient writes (DESIGN §11). */
export function detectRisk(text: string): SafetyDecision {
  const normalised = normaliseText(text)
  const found = new Set<SafetyReason>()
  for (const hit of findPhrases(normalised)) {
    const reason = reasonAt(normalised, hit.start, hit.category)
    if (reason) found.add(reason)
  }
  const reasons = SAFETY_REASONS.filter((reason) => found.has(reason))
  const levels = reasons.map((reason) => CATEGORY_LEVEL[reason as DetectorCategory])
  const level = levels.includes('crisis') ? 'crisis' : levels.length > 0 ? 'concern' : 'none'
  return { level, reasons }
}
