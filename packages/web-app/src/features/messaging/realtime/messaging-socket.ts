import type { Ack, MessagingClientEvents, ThreadJoinResult } from '@yektayar/shared/types'
import { appSocket, existingSocket } from '../../../shared/realtime/app-socket.ts'

// The connection itself is the app's (src/shared/realtime): the notification bell listens on it
// too. Messaging keeps its own name for it and the room bookkeeping below.
export const messagingSocket = appSocket
export { existingSocket }

const ACK_TIMEOUT_MS = 10_000

/** Client events the server acknowledges, and what each acknowledgement carries. */
type AckedEvent = 'thread:join' | 'thread:leave' | 'message:send'
type AckDataOf<E extends AckedEvent> = Parameters<MessagingClientEvents[E]>[1] extends
  | ((ack: Ack<infer T>) => void)
  | undefined
  ? T
  : never

/** An event with an acknowledgement; a missing answer in time becomes a rejected promise. */
export function emitWithAck<E extends AckedEvent>(
  event: E,
  payload: Parameters<MessagingClientEvents[E]>[0],
): Promise<Ack<AckDataOf<E>>> {
  // TypeScript cannot match a call generic over the event name to Socket.IO's mapped parameter
  // types, so the call goes through this wider view; the signature above checks the callers.
  const timed: { emitWithAck(event: AckedEvent, payload: unknown): Promise<unknown> } =
    messagingSocket().timeout(ACK_TIMEOUT_MS)
  return timed.emitWithAck(event, payload) as Promise<Ack<AckDataOf<E>>>
}

// Threads the screens hold open (a conversation, a presence probe), counted so one leaving
// does not take the socket out of a room another still needs.
const held = new Map<string, number>()

/** Joins the thread's room (again after every reconnect: see useThreadRoom). */
export function joinThread(threadId: string): Promise<Ack<ThreadJoinResult>> {
  return emitWithAck('thread:join', { threadId })
}

export function holdThread(threadId: string): void {
  held.set(threadId, (held.get(threadId) ?? 0) + 1)
}

/** Leaves the room once nobody holds the thread any more. */
export function releaseThread(threadId: string): void {
  const count = (held.get(threadId) ?? 0) - 1
  if (count > 0) {
    held.set(threadId, count)
    return
  }
  held.delete(threadId)
  const current = existingSocket()
  if (current?.connected) current.emit('thread:leave', { threadId })
}
