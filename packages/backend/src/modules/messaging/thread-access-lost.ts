import type { AppServer } from '../../realtime/socket-server.ts'

type Listener = (userIds: string[]) => Promise<void>

// Per app (keyed by its Socket.IO server, as person-shown.ts is): tests build many apps.
const listeners = new WeakMap<AppServer, Set<Listener>>()

/**
 * For modules that keep, for a few seconds, what a thread's readers were allowed (files'
 * download decisions for attachments): told once a change that may have taken people's access
 * to a thread away has committed (removed from it, from its department, or the thread moved),
 * so they drop those people's decisions before the change answers. Files registers here;
 * messaging never imports files.
 */
export function onThreadAccessLost(io: AppServer, listener: Listener): void {
  const set = listeners.get(io) ?? new Set<Listener>()
  set.add(listener)
  listeners.set(io, set)
}

export async function threadAccessLost(io: AppServer, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return
  for (const listener of listeners.get(io) ?? []) await listener(userIds)
}
