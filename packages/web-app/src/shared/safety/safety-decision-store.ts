import type { SafetyDecision } from '@yektayar/shared/types'
import { useSyncExternalStore } from 'react'

/**
 * The latest safety decision the server returned for something this person wrote (a message,
 * an exercise answer, an assessment): any feature hands it here, and the app shell's safety
 * layer shows the crisis card or the gentler resources at once (DESIGN §11). Features never
 * import each other; they all import this.
 */
let current: SafetyDecision | null = null
const listeners = new Set<() => void>()

function emit() {
  for (const listener of listeners) listener()
}

/** A decision of `none` (or none at all) changes nothing: an open card stays open. */
export function showSafetyDecision(decision: SafetyDecision | null | undefined): void {
  if (!decision || decision.level === 'none') return
  // A crisis is never replaced by a later, milder concern while its card is open.
  if (current?.level === 'crisis' && decision.level !== 'crisis') return
  current = decision
  emit()
}

export function dismissSafetyDecision(): void {
  current = null
  emit()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useSafetyDecision(): SafetyDecision | null {
  return useSyncExternalStore(subscribe, () => current)
}
