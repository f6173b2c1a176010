import { useSyncExternalStore } from 'react'

/** Bump the version when the disclaimer says something new, so everyone reads it again. */
const KEY = 'yy.companion.disclaimer.v1'
const listeners = new Set<() => void>()
/** Only when storage refused it: remembered for this page at least. */
let acknowledgedHere = false

function read(): boolean {
  if (acknowledgedHere) return true
  try {
    return localStorage.getItem(KEY) === 'acknowledged'
  } catch {
    // Storage refused (a private window): ask each time rather than never.
    return false
  }
}

/** The person read the disclaimer and said so: it is not shown on its own again. */
export function acknowledgeDisclaimer(): void {
  try {
    localStorage.setItem(KEY, 'acknowledged')
  } catch {
    acknowledgedHere = true
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useDisclaimerAcknowledged(): boolean {
  return useSyncExternalStore(subscribe, read)
}
