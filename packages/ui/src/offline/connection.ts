import { useSyncExternalStore } from 'react'

/**
 * Whether our server can be reached. The browser's `navigator.onLine` says only that some network
 * is there: on a café's captive Wi-Fi or with the server down it stays true while every request
 * fails. So apiFetch also reports what it sees: a request that never reached the server marks it
 * unreachable, and any answer from the server marks it reachable again.
 */
let unreachable = false
const listeners = new Set<() => void>()

function setUnreachable(next: boolean) {
  if (unreachable === next) return
  unreachable = next
  for (const listener of listeners) listener()
}

/** Called by apiFetch when a request failed before any answer came back. */
export function reportUnreachable(): void {
  setUnreachable(true)
}

/** Called by apiFetch for every answer, error statuses included: the server is there. */
export function reportReachable(): void {
  setUnreachable(false)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  // Back online, the next request decides; until then trust the browser.
  const onOnline = () => setUnreachable(false)
  window.addEventListener('online', onOnline)
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('online', onOnline)
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

export function isOnline(): boolean {
  return (typeof navigator === 'undefined' || navigator.onLine) && !unreachable
}

/** Re-renders when the connection comes or goes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true)
}
