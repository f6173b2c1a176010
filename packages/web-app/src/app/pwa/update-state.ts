import { useSyncExternalStore } from 'react'

/**
 * Whether a new version is installed and waiting, and how to switch to it. Kept apart from
 * the registration (register-service-worker.ts) so the prompt can be rendered and tested
 * without the service worker code in the first chunk.
 */
let updateReady = false
let activate: (() => Promise<void>) | null = null
const listeners = new Set<() => void>()

function notify() {
  for (const listener of listeners) listener()
}

/** Called by the registration when a new service worker is waiting. */
export function offerUpdate(activateUpdate: () => Promise<void>): void {
  activate = activateUpdate
  updateReady = true
  notify()
}

export function dismissUpdate(): void {
  updateReady = false
  notify()
}

/** Activates the waiting version; the page reloads once it has taken over. */
export async function applyUpdate(): Promise<void> {
  await activate?.()
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => updateReady,
    () => false,
  )
}
