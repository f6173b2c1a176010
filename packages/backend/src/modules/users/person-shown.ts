import type { AppServer } from '../../realtime/socket-server.ts'

type Listener = (userId: string) => Promise<void>

// Per app (keyed by its Socket.IO server, as messaging's runtime is): tests build many apps.
const listeners = new WeakMap<AppServer, Set<Listener>>()

/**
 * For modules that show people and keep what they showed for a while (messaging's thread
 * lists): told when someone's name, photo or discreet mode changed, so a patient who turns
 * discreet mode on is not shown with their photo from a cache, not even for its few seconds.
 */
export function onPersonShownChanged(io: AppServer, listener: Listener): void {
  const set = listeners.get(io) ?? new Set<Listener>()
  set.add(listener)
  listeners.set(io, set)
}

export async function personShownChanged(io: AppServer, userId: string): Promise<void> {
  for (const listener of listeners.get(io) ?? []) await listener(userId)
}
