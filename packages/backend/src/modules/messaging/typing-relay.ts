import { TYPING_EXPIRES_MS, type TypingIndicator } from '@yektayar/shared'
import { AppError } from '../../lib/app-error.ts'
import type { AppSocket } from '../../realtime/socket-server.ts'
import { threadRoom } from './messaging-rooms.ts'

// Clients repeat typing:start while typing; the others hear of it at most this often.
const FORWARD_EVERY_MS = 2_000

export interface TypingRelay {
  start(threadId: string): void
  stop(threadId: string): void
  stopAll(): void
}

/**
 * typing:start / typing:stop of one socket → typing:indicator to the rest of the thread's room.
 * An indicator not refreshed within TYPING_EXPIRES_MS is ended by the server, so a closed tab
 * never leaves someone "typing" forever.
 */
export function createTypingRelay(socket: AppSocket, userId: string): TypingRelay {
  const active = new Map<string, { forwardedAt: number; timer: NodeJS.Timeout }>()
  const emit = (threadId: string, isTyping: boolean) => {
    const indicator: TypingIndicator = {
      threadId,
      userId,
      isTyping,
      expiresInMs: TYPING_EXPIRES_MS,
    }
    socket.to(threadRoom(threadId)).emit('typing:indicator', indicator)
  }
  const stop = (threadId: string) => {
    const state = active.get(threadId)
    if (!state) return
    clearTimeout(state.timer)
    active.delete(threadId)
    emit(threadId, false)
  }
  const start = (threadId: string) => {
    if (!socket.rooms.has(threadRoom(threadId))) throw new AppError('THREAD_NOT_JOINED')
    const now = Date.now()
    const state = active.get(threadId)
    if (state) clearTimeout(state.timer)
    const forward = !state || now - state.forwardedAt >= FORWARD_EVERY_MS
    if (forward) emit(threadId, true)
    const timer = setTimeout(() => stop(threadId), TYPING_EXPIRES_MS)
    timer.unref()
    active.set(threadId, { forwardedAt: forward ? now : (state?.forwardedAt ?? now), timer })
  }
  return {
    start,
    stop,
    stopAll: () => {
      for (const threadId of [...active.keys()]) stop(threadId)
    },
  }
}
