import type { SafetyDecision } from '@yektayar/shared'

// Placeholder replaced by the real detector (branch h/detect) before this lands.
export function detectRisk(text: string): SafetyDecision {
  const t = text.replace(/\u200c/g, ' ').toLowerCase()
  if (/خودمو می ?کشم|kill myself/.test(t)) return { level: 'crisis', reasons: ['explicit_intent'] }
  if (/کاش بمیرم|wish i was dead/.test(t)) return { level: 'concern', reasons: ['passive_wish'] }
  return { level: 'none', reasons: [] }
}
