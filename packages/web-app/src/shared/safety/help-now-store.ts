import { useSyncExternalStore } from 'react'

/**
 * Whether the person opened "help now" themselves (the header's entry): the same card as a
 * crisis decision shows, without one. Kept apart from the decision store so closing this never
 * dismisses a decision, and the other way round.
 */
let open = false
const listeners = new Set<() => void>()

function set(next: boolean) {
  if (next === open) return
  open = next
  for (const listener of listeners) listener()
}

export const openHelpNow = () => set(true)
export const closeHelpNow = () => set(false)

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useHelpNowOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open)
}
