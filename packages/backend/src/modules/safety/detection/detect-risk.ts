import { SAFETY_REASONS, type SafetyDecision, type SafetyReason } from '@yektayar/shared'
import { finglishSkeleton } from './finglish-skeleton.ts'
import { normaliseText } from './normalise-text.ts'
import type { Spelling } from './phrase-pattern.ts'
import { CATEGORY_LEVEL, type DetectorCategory } from './risk-categories.ts'
import type { PhraseHit } from './risk-matcher.ts'
import { findFinglishPhrases, findPhrases } from './risk-matcher.ts'
import { isNegated, isReported } from './speech-context.ts'

type Found = SafetyReason | 'resolve'

/**
 * What one phrase means where it stands. A denial right before it ("I would never", «نمی‌خوام»)
 * drops it: the person says they are not at risk, and flagging every denial would teach people
 * that talking openly sets off alarms (the psychologist still reads the message). Someone
 * else's words («دوستم گفت …») are someone else's risk: a concern, so the writer is asked how
 * they can help, not treated as in crisis; someone else's resolve is nothing.
 */
function reasonAt(text: string, hit: PhraseHit, spelling: Spelling): Found | null {
  const { start, category } = hit
  if (isNegated(text, start, spelling)) return null
  if (category !== 'reported_risk' && isReported(text, start, spelling)) {
    return category === 'resolve' ? null : 'reported_risk'
  }
  return category
}

/** The local, offline risk decision for any text a patient writes (DESIGN §11). */
export function detectRisk(text: string): SafetyDecision {
  const normalised = normaliseText(text)
  const found = new Set<Found>()
  for (const hit of findPhrases(normalised)) {
    const reason = reasonAt(normalised, hit, 'plain')
    if (reason) found.add(reason)
  }
  // Finglish is read in its consonant skeleton, where "bokosham" and "bkshm" are one word.
  const skeleton = finglishSkeleton(normalised)
  if (skeleton !== null) {
    for (const hit of findFinglishPhrases(skeleton)) {
      const reason = reasonAt(skeleton, hit, 'finglish')
      if (reason) found.add(reason)
    }
  }
  // A wish to be dead and a settled mind in one message («بهتره بمیرم … تمومش می‌کنم», "no
  // reason to stay alive, I'm doing it this weekend") is a wish with intent: a crisis.
  if (found.has('resolve') && found.has('passive_wish')) found.add('explicit_intent')
  const reasons = SAFETY_REASONS.filter((reason) => found.has(reason))
  const levels = reasons.map((reason) => CATEGORY_LEVEL[reason as DetectorCategory])
  const level = levels.includes('crisis') ? 'crisis' : levels.length > 0 ? 'concern' : 'none'
  return { level, reasons }
}
