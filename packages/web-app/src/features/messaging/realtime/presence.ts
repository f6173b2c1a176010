import { useSyncExternalStore } from 'react'
import { messagingSocket } from './messaging-socket.ts'

/**
 * Who is online among the people I share a thread with. The server says user:online and
 * user:offline on changes, and the join of a thread answers who of its people is online now.
 */
const online = new Map<string, boolean>()
const listeners = new Set<() => void>()
let wired = false

function changed() {
  for (const listener of listeners) listener()
}

export function setOnline(userIds: string[], isOnline: boolean): void {
  let any = false
  for (const userId of userIds) {
    if (online.get(userId) === isOnline) continue
    online.set(userId, isOnline)
    any = true
  }
  if (any) changed()
}

function wire() {
  if (wired) return
  wired = true
  const socket = messagingSocket()
  socket.on('user:online', ({ userId }) => setOnline([userId], true))
  socket.on('user:offline', ({ userId }) => setOnline([userId], false))
  // While we are disconnected we know nothing; showing stale dots would mislead.
  socket.on('disconnect', () => {
    online.clear()
    changed()
  })
}

function subscribe(listener: () => void) {
  wire()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True, false, or undefined while not known. */
export function usePresence(userId: string | null | undefined): boolean | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (userId ? online.get(userId) : undefined),
    () => undefined,
  )
}
