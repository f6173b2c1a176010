import type { Socket } from 'socket.io'
import { userRoom } from '../../realtime/socket-auth.ts'
import type { MessagingRuntime } from './messaging-runtime.ts'
import { findContactIds } from './thread.repository.ts'

/**
 * user:online when a person's first connection opens and user:offline when their last one
 * closes (tabs and devices count once, across instances with Redis), told to everyone who
 * shares a thread with them.
 */
export function trackPresence(runtime: MessagingRuntime, socket: Socket, userId: string): void {
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

async function announce(runtime: MessagingRuntime, userId: string, event: string) {
  const contacts = await findContactIds(runtime.db, userId)
  if (contacts.length > 0) runtime.io.to(contacts.map(userRoom)).emit(event, { userId })
}

const PRESENCE_TIMEOUT_MS = 1_000

/** Which of these people have a live connection; nobody, when presence cannot be read in time. */
export async function onlineAmong(runtime: MessagingRuntime, userIds: string[]): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PRESENCE_TIMEOUT_MS)
  })
  const counts = await Promise.race([runtime.presence.counts(userIds), timeout])
    .catch(() => undefined)
    .finally(() => clearTimeout(timer))
  return userIds.filter((id) => (counts?.get(id) ?? 0) > 0)
}
