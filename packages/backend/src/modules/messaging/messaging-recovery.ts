import type { FastifyBaseLogger } from 'fastify'
import type { AppServer } from '../../realtime/socket-server.ts'
import { threadIdOfRoom } from './messaging-rooms.ts'

interface RestoredSession {
  rooms: string[]
  data: unknown
  missedPackets: unknown[][]
}

type RecoverableAdapter = {
  restoreSession(pid: string, offset: string): Promise<RestoredSession | null>
}

type DeniedThreads = (userId: string, threadIds: string[]) => Promise<string[]>

/**
 * Connection-state recovery brings a socket back into the rooms it had and replays what those
 * rooms got meanwhile. Someone removed from a thread while disconnected must get neither, so a
 * restored session loses the rooms of threads its user may no longer read and the packets about
 * them. A session whose user cannot be told is not restored at all (the client catches up by REST).
 */
export function guardRecoveredSessions(
  io: AppServer,
  denied: DeniedThreads,
  log: FastifyBaseLogger,
) {
  const adapter = io.of('/').adapter as unknown as RecoverableAdapter
  const restore = adapter.restoreSession.bind(adapter)
  adapter.restoreSession = async (pid, offset) => {
    const session = await restore(pid, offset)
    if (!session) return session
    const userId = (session.data as { auth?: { userId?: unknown } } | undefined)?.auth?.userId
    if (typeof userId !== 'string') return null
    const threadIds = session.rooms.flatMap((room) => threadIdOfRoom(room) ?? [])
    const lost = new Set(await denied(userId, threadIds))
    if (lost.size === 0) return session
    log.info({ userId, threads: lost.size }, 'recovered socket left threads it lost access to')
    return {
      ...session,
      rooms: session.rooms.filter((room) => !lost.has(threadIdOfRoom(room) ?? '')),
      missedPackets: session.missedPackets.filter((packet) => !lost.has(threadOfPacket(packet))),
    }
  }
}

/** Every messaging event names its thread: `threadId`, or `id` in thread:updated. */
function threadOfPacket(packet: unknown[]): string {
  const [event, payload] = packet
  const fields = (payload ?? {}) as { threadId?: unknown; id?: unknown }
  const threadId = event === 'thread:updated' ? fields.id : fields.threadId
  return typeof threadId === 'string' ? threadId : ''
}
