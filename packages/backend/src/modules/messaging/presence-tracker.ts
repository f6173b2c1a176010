import { userRoom } from '../../realtime/socket-auth.ts'
import type { AppSocket } from '../../realtime/socket-server.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { findContactIds } from './thread.repository.ts'

/**
 * user:online when a person's first connection opens and user:offline when their last one
 * closes (tabs and devices count once, across instances with Redis), told to everyone who
 * shares a thread with them.
 */
export function trackPresence(runtime: MessagingDeps, socket: AppSocket, userId: string): void {
  const fail = (error: unknown) =>
    runtime.log.warn({ err: error, userId }, 'presence update failed')
  const added = runtime.presence
    .add(userId)
    .then(async (count) => {
      if (count === 1) await announce(runtime, userId, 'user:online')
    })
    .catch(fail)
  socket.on('disconnect', () => {
    added
      .then(() => runtime.presence.remove(userId))
      .then(async (count) => {
        if (count === 0) await announce(runtime, userId, 'user:offline')
      })
      .catch(fail)
  })
}

async function announce(
  runtime: MessagingDeps,
  userId: string,
  event: 'user:online' | 'user:offline',
) {
  const contacts = await findContactIds(runtime.db, userId)
  if (contacts.length > 0) runtime.io.to(contacts.map(userRoom)).emit(event, { userId })
}

const PRESENCE_TIMEOUT_MS = 1_000

/** A socket of this user on this instance: online, whatever the shared store says. */
function connectedHere(runtime: Pick<MessagingDeps, 'io'>, userId: string): boolean {
  return (runtime.io.of('/').adapter.rooms.get(userRoom(userId))?.size ?? 0) > 0
}

/**
 * Which of these people have a live connection. Those connected to this instance are known
 * without a round trip (in a conversation usually everyone, and this runs for every message
 * sent); the shared store is asked about the rest, and counts them offline when it cannot
 * answer in time.
 */
export async function onlineAmong(
  runtime: Pick<MessagingDeps, 'io' | 'presence'>,
  userIds: string[],
): Promise<string[]> {
  const here = new Set(userIds.filter((id) => connectedHere(runtime, id)))
  const elsewhere = userIds.filter((id) => !here.has(id))
  if (elsewhere.length === 0) return userIds
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PRESENCE_TIMEOUT_MS)
  })
  const counts = await Promise.race([runtime.presence.counts(elsewhere), timeout])
    .catch(() => undefined)
    .finally(() => clearTimeout(timer))
  return userIds.filter((id) => here.has(id) || (counts?.get(id) ?? 0) > 0)
}
