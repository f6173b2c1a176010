import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findUserType } from './department.repository.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toThreadEvent } from './messaging-mappers.ts'
import { publishThread } from './messaging-publisher.ts'
import { findThreadAccess } from './thread.repository.ts'
import { requireThreadAccess, type ThreadAccess } from './thread-access.ts'
import { evictLostAccess } from './thread-eviction.service.ts'
import {
  deleteParticipants,
  insertParticipant,
  updateThreadRow,
} from './thread-write.repository.ts'

async function requireManagedThread(runtime: MessagingDeps, auth: AuthContext, id: string) {
  const access = await requireThreadAccess(runtime.db, id, auth)
  if (!access.canManage) throw new AppError('FORBIDDEN', 'only department staff manage people')
  if (access.row.kind !== 'department') throw new AppError('THREAD_NOT_DEPARTMENT')
  return access
}

/** Brings a psychologist or another staff member into a department thread. */
export async function addParticipant(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { threadId: string; userId: string },
): Promise<void> {
  await requireManagedThread(runtime, auth, target.threadId)
  const type = await findUserType(runtime.db, target.userId)
  if (!type || type === 'patient') throw new AppError('PARTICIPANT_INVALID', 'staff only')
  const added = await insertParticipant(runtime.db, { ...target, role: 'member' })
  if (added) await announce(runtime, auth, target, 'thread.participant.add')
}

/**
 * Takes someone out of a department thread (never its owner). Unless they still answer its
 * department, their sockets leave the room before anything else is sent there.
 */
export async function removeParticipant(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { threadId: string; userId: string },
): Promise<void> {
  const access = await requireManagedThread(runtime, auth, target.threadId)
  if (await isOwner(runtime, access, target.userId)) {
    throw new AppError('PARTICIPANT_INVALID', 'the owner stays in the thread')
  }
  const removed = await runtime.db.transaction(async (tx) => {
    const rows = await deleteParticipants(tx, target.threadId, [target.userId])
    if (access.row.assignee_id === target.userId) {
      await updateThreadRow(tx, target.threadId, { assigneeId: null })
    }
    return rows
  })
  if (removed.length === 0) throw new AppError('NOT_FOUND', 'not a participant')
  await evictLostAccess(runtime, target.threadId, removed)
  await announce(runtime, auth, target, 'thread.participant.remove')
}

async function isOwner(runtime: MessagingDeps, access: ThreadAccess, userId: string) {
  const theirs = await findThreadAccess(runtime.db, access.row.id, userId)
  return theirs?.my_role === 'owner'
}

async function announce(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { threadId: string; userId: string },
  action: string,
) {
  const row = await findThreadAccess(runtime.db, target.threadId, auth.userId)
  if (row) publishThread(runtime.io, toThreadEvent(row), row.participant_ids)
  runtime.threadLists.invalidate([...(row?.participant_ids ?? []), target.userId])
  await recordAudit(runtime.db, {
    userId: auth.userId,
    action,
    resource: 'message_thread',
    resourceId: target.threadId,
    changes: { userId: target.userId },
  })
}
