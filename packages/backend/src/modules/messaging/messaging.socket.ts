import {
  type MessagingClientEvents,
  messageSendPayloadSchema,
  type ThreadJoinResult,
  threadRefPayloadSchema,
} from '@yektayar/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodType } from 'zod'
import type { AuthContext } from '../../lib/auth-context.ts'
import { localeOf } from '../../lib/locale.ts'
import { onClientEvent } from '../../realtime/socket-ack.ts'
import { onAuthenticatedSocket } from '../../realtime/socket-auth.ts'
import type { AppServer, AppSocket } from '../../realtime/socket-server.ts'
import { departmentsAnsweredBy } from './department.service.ts'
import { sendMessage } from './message.service.ts'
import { type MessagingDeps, messagingDepsOf } from './messaging-deps.ts'
import { guardRecoveredSessions } from './messaging-recovery.ts'
import { departmentRoom, threadRoom } from './messaging-rooms.ts'
import { onlineAmong, trackPresence } from './presence-tracker.ts'
import { findThreadsWithoutAccess } from './thread.repository.ts'
import { requireThreadAccess } from './thread-access.ts'
import { createTypingRelay } from './typing-relay.ts'

/**
 * Messaging over Socket.IO (seed event names): thread:join / thread:leave, message:send with an
 * acknowledgement, typing:start / typing:stop, and presence. realtime/socket-auth.ts
 * authenticates (handshake or `authenticate` event); only authenticated sockets get here.
 */
export function useMessagingSocket(io: AppServer, app: FastifyInstance): void {
  const runtime = messagingDepsOf(app)
  guardRecoveredSessions(
    io,
    (userId, threadIds) => findThreadsWithoutAccess(runtime.db, userId, threadIds),
    app.log,
  )
  onAuthenticatedSocket(io, (socket, auth) => onConnection(runtime, socket, auth))
}

function onConnection(runtime: MessagingDeps, socket: AppSocket, auth: AuthContext) {
  const options = { locale: localeOf({ headers: socket.handshake.headers }), log: runtime.log }
  const on = <T>(
    event: keyof MessagingClientEvents,
    schema: ZodType<T>,
    handler: (payload: T) => Promise<unknown>,
  ) => onClientEvent(socket, event, schema, handler, options)
  const typing = createTypingRelay(socket, auth.userId)

  trackPresence(runtime, socket, auth.userId)
  joinDepartmentRooms(runtime, socket, auth).catch((error: unknown) =>
    runtime.log.warn({ err: error }, 'joining department rooms failed'),
  )

  on('thread:join', threadRefPayloadSchema, ({ threadId }) =>
    joinThread(runtime, socket, auth, threadId),
  )
  on('thread:leave', threadRefPayloadSchema, async ({ threadId }) => {
    typing.stop(threadId)
    await socket.leave(threadRoom(threadId))
    return { threadId }
  })
  on('message:send', messageSendPayloadSchema, ({ threadId, ...input }) => {
    typing.stop(threadId)
    return sendMessage(runtime, auth, threadId, input, socket.id)
  })
  on('typing:start', threadRefPayloadSchema, async ({ threadId }) => typing.start(threadId))
  on('typing:stop', threadRefPayloadSchema, async ({ threadId }) => typing.stop(threadId))
  socket.on('disconnect', () => typing.stopAll())
}

/** Participants, and department staff on department threads; anyone else is told "not found". */
async function joinThread(
  runtime: MessagingDeps,
  socket: AppSocket,
  auth: AuthContext,
  threadId: string,
): Promise<ThreadJoinResult> {
  const { row } = await requireThreadAccess(runtime.db, threadId, auth)
  await socket.join(threadRoom(threadId))
  const others = row.participant_ids.filter((id) => id !== auth.userId)
  return { threadId, onlineUserIds: await onlineAmong(runtime, others) }
}

/** Staff hear of their departments' inbox changes without opening each thread. */
async function joinDepartmentRooms(runtime: MessagingDeps, socket: AppSocket, auth: AuthContext) {
  const departments = await departmentsAnsweredBy(runtime.db, auth)
  if (departments.length > 0 && socket.connected) await socket.join(departments.map(departmentRoom))
}
