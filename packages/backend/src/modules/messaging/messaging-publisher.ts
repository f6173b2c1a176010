import type { ThreadMessage, ThreadReadEvent, ThreadUpdatedEvent } from '@yektayar/shared'
import { userRoom } from '../../realtime/socket-auth.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import { departmentRoom, threadRoom } from './messaging-rooms.ts'

/**
 * Message events go to the thread's room and to every participant's own room, so a participant
 * hears of a new message even before opening the thread; Socket.IO sends one copy per socket.
 * The socket that sent the message (`exceptSocketId`) has it in its acknowledgement and gets
 * no copy: a third of the frames of a two-person conversation. Its owner's other tabs do.
 * Everything here runs after the transaction committed.
 */
export function publishMessage(
  io: AppServer,
  event: 'message:new' | 'message:updated',
  message: ThreadMessage,
  participantIds: string[],
  exceptSocketId?: string,
): void {
  const rooms = io.to([threadRoom(message.threadId), ...participantIds.map(userRoom)])
  ;(exceptSocketId ? rooms.except(exceptSocketId) : rooms).emit(event, message)
}

/** Thread state to its room, its participants and (department threads) that inbox's staff. */
export function publishThread(
  io: AppServer,
  thread: ThreadUpdatedEvent,
  participantIds: string[],
): void {
  const rooms = [threadRoom(thread.id), ...participantIds.map(userRoom)]
  if (thread.kind === 'department' && thread.category) rooms.push(departmentRoom(thread.category))
  io.to(rooms).emit('thread:updated', thread)
}

/**
 * A moved read marker to the thread's room and its participants: the others' "seen", and the
 * reader's own other tabs, whose unread badges follow.
 */
export function publishRead(io: AppServer, event: ThreadReadEvent, participantIds: string[]): void {
  io.to([threadRoom(event.threadId), ...participantIds.map(userRoom)]).emit('thread:read', event)
}

/**
 * Takes every socket of these users (on every instance) out of the thread's room. Socket.IO
 * applies room changes and later broadcasts in order, so nothing sent after this reaches them.
 */
export function evictFromThread(io: AppServer, threadId: string, userIds: string[]): void {
  if (userIds.length === 0) return
  io.in(userIds.map(userRoom)).socketsLeave(threadRoom(threadId))
}
