import type { ThreadDetails, UpdateThreadBody } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { tellAfterCommit } from '../../jobs/notification-producer.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { isDepartmentStaff, listDepartmentStaff } from './department.repository.ts'
import { requireDepartment } from './department.service.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toThreadEvent } from './messaging-mappers.ts'
import { publishThread } from './messaging-publisher.ts'
import { findThreadAccess } from './thread.repository.ts'
import { threadDetailsOf } from './thread.service.ts'
import { accessOf, requireThreadAccess, type ThreadAccess } from './thread-access.ts'
import { evictLostAccess } from './thread-eviction.service.ts'
import {
  deleteParticipants,
  findStaffOutsideDepartment,
  insertParticipant,
  type ThreadChanges,
  updateThreadRow,
} from './thread-write.repository.ts'

/**
 * Close, reopen or archive (participants and department staff); assign or move to another
 * department (department staff only). Moving a thread takes its staff participants who do not
 * answer the new department out of it, and their sockets out of its room.
 */
export async function updateThread(
  runtime: MessagingDeps,
  auth: AuthContext,
  threadId: string,
  body: UpdateThreadBody,
): Promise<ThreadDetails> {
  const access = await requireThreadAccess(runtime.db, threadId, auth)
  const changes = await planChanges(runtime.db, access, body)
  const oldCategory = access.row.category
  const removed = await runtime.db.transaction(async (tx) => {
    await updateThreadRow(tx, threadId, changes)
    if (changes.assigneeId) {
      await insertParticipant(tx, { threadId, userId: changes.assigneeId, role: 'admin' })
    }
    if (!changes.category || changes.category === oldCategory) return []
    const outside = await findStaffOutsideDepartment(tx, threadId, changes.category)
    return deleteParticipants(tx, threadId, outside)
  })
  if (changes.category && oldCategory && changes.category !== oldCategory) {
    await evictLostAccess(runtime, threadId, [
      ...removed,
      ...(await listDepartmentStaff(runtime.db, oldCategory)).map((staff) => staff.id),
    ])
  }
  const row = await findThreadAccess(runtime.db, threadId, auth.userId)
  if (!row) throw new AppError('NOT_FOUND', 'thread vanished')
  publishThread(runtime.io, toThreadEvent(row), row.participant_ids)
  runtime.threadLists.invalidate([...row.participant_ids, ...removed])
  await auditChanges(runtime.db, auth, threadId, body, removed)
  await tellNewAssignee(runtime, auth, threadId, access.row.assignee_id, changes.assigneeId)
  // Someone who moved a thread out of their own departments still gets this one answer.
  return threadDetailsOf(runtime.db, auth, accessOf(row, auth))
}

async function planChanges(
  db: Db,
  access: ThreadAccess,
  body: UpdateThreadBody,
): Promise<ThreadChanges> {
  const staffChange = body.assigneeId !== undefined || body.category !== undefined
  if (!staffChange) return { status: body.status }
  if (!access.canManage) throw new AppError('FORBIDDEN', 'only department staff assign or move')
  if (access.row.kind !== 'department') throw new AppError('THREAD_NOT_DEPARTMENT')
  const category = body.category ?? access.row.category ?? ''
  if (body.category) await requireDepartment(db, body.category)
  let assigneeId = body.assigneeId
  if (assigneeId && !(await isDepartmentStaff(db, category, assigneeId))) {
    throw new AppError('ASSIGNEE_INVALID', 'assignee does not answer this department')
  }
  // A move keeps the assignee only when they also answer the new department.
  const current = access.row.assignee_id
  if (assigneeId === undefined && body.category && current) {
    if (!(await isDepartmentStaff(db, category, current))) assigneeId = null
  }
  return { status: body.status, assigneeId, category: body.category }
}

/**
 * A staff member handed a conversation hears of it (in-app, email, push; never SMS by default).
 * Taking a thread yourself, or a save that leaves the assignee as it was, tells nobody. Each
 * assignment is its own event, so a thread handed back later is news again.
 */
async function tellNewAssignee(
  runtime: MessagingDeps,
  auth: AuthContext,
  threadId: string,
  before: string | null,
  after: string | null | undefined,
) {
  if (!after || after === before || after === auth.userId) return
  await tellAfterCommit(runtime.jobs, runtime.log, [
    {
      eventKey: `thread:${threadId}:assigned:${Date.now()}`,
      recipientId: after,
      category: 'inbox_assignment',
      templateKey: 'inbox.assigned',
      params: { threadId },
      link: `/messages/${threadId}`,
    },
  ])
}

async function auditChanges(
  db: Db,
  auth: AuthContext,
  threadId: string,
  body: UpdateThreadBody,
  removed: string[],
) {
  if (body.assigneeId === undefined && body.category === undefined) return
  await recordAudit(db, {
    userId: auth.userId,
    action: body.category ? 'thread.transfer' : 'thread.assign',
    resource: 'message_thread',
    resourceId: threadId,
    changes: { ...body, removedParticipants: removed },
  })
}
