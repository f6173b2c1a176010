import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { userRoom } from '../../realtime/socket-auth.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type DepartmentRow,
  deleteDepartmentStaff,
  findDepartments,
  findDepartmentsOfUser,
  findUserType,
  insertDepartmentStaff,
  listDepartmentStaff,
} from './department.repository.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { toPerson, toThreadEvent } from './messaging-mappers.ts'
import { publishThread } from './messaging-publisher.ts'
import { departmentRoom, threadIdOfRoom, threadRoom } from './messaging-rooms.ts'
import { findThreadAccess, findThreadsWithoutAccess } from './thread.repository.ts'
import { threadAccessLost } from './thread-access-lost.ts'
import { leaveDepartmentThreads } from './thread-write.repository.ts'

export async function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return findDepartments(db)
}

export async function requireDepartment(db: Db, key: string): Promise<DepartmentRow> {
  const department = (await findDepartments(db)).find((candidate) => candidate.key === key)
  if (!department) throw new AppError('DEPARTMENT_UNKNOWN', `no department ${key}`)
  return department
}

/** Departments whose inbox this person answers: all of them with threads.manage. */
export async function departmentsAnsweredBy(db: Db, auth: AuthContext): Promise<string[]> {
  if (auth.permissions.has('threads.manage')) {
    return (await findDepartments(db)).map((department) => department.key)
  }
  if (auth.permissions.has('threads.read.department')) return findDepartmentsOfUser(db, auth.userId)
  return []
}

export async function listStaff(db: Db, key: string) {
  await requireDepartment(db, key)
  return { items: (await listDepartmentStaff(db, key)).map(toPerson) }
}

/** Psychologists and admins only: a patient never reads other patients' support threads. */
export async function addStaff(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { key: string; userId: string },
  meta?: RequestMeta,
): Promise<void> {
  await requireDepartment(runtime.db, target.key)
  const type = await findUserType(runtime.db, target.userId)
  if (!type || type === 'patient') throw new AppError('DEPARTMENT_STAFF_INVALID')
  await insertDepartmentStaff(runtime.db, target.key, target.userId)
  runtime.io.in(userRoom(target.userId)).socketsJoin(departmentRoom(target.key))
  await auditStaffChange(runtime, { auth, meta }, 'add', target)
}

/**
 * Takes someone off a department's staff, and (as moving a thread to another department does)
 * out of its threads where they took part as staff and off those they were assigned. Once that
 * has committed, their sockets leave the rooms they can no longer read, and what was kept of
 * what they could read (their thread list, files' download decisions) is dropped everywhere
 * before this answers.
 */
export async function removeStaff(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { key: string; userId: string },
  meta?: RequestMeta,
): Promise<void> {
  await requireDepartment(runtime.db, target.key)
  const left = await runtime.db.transaction(async (tx) => {
    if (!(await deleteDepartmentStaff(tx, target.key, target.userId))) return undefined
    return leaveDepartmentThreads(tx, target.key, target.userId)
  })
  if (!left) return
  // First what they could still be served from memory, then what is live.
  await runtime.threadLists.invalidate([target.userId])
  await threadAccessLost(runtime.io, [target.userId])
  runtime.io.in(userRoom(target.userId)).socketsLeave(departmentRoom(target.key))
  await leaveUnreadableThreads(runtime, target.userId)
  runtime.threadLists.invalidate(await announceThreadsLeft(runtime, auth, left))
  await auditStaffChange(runtime, { auth, meta }, 'remove', target, { threadsLeft: left })
}

/** The threads' new participants and assignee to their participants; answers who those are. */
async function announceThreadsLeft(runtime: MessagingDeps, auth: AuthContext, threadIds: string[]) {
  const told = new Set<string>()
  for (const threadId of threadIds) {
    const row = await findThreadAccess(runtime.db, threadId, auth.userId)
    if (!row) continue
    publishThread(runtime.io, toThreadEvent(row), row.participant_ids)
    for (const id of row.participant_ids) told.add(id)
  }
  return told
}

function auditStaffChange(
  runtime: MessagingDeps,
  actor: { auth: AuthContext; meta: RequestMeta | undefined },
  change: 'add' | 'remove',
  target: { key: string; userId: string },
  more: Record<string, unknown> = {},
) {
  return recordAudit(runtime.db, {
    userId: actor.auth.userId,
    action: `department.staff.${change}`,
    resource: 'department',
    resourceId: target.key,
    changes: { userId: target.userId, ...more },
    ip: actor.meta?.ip,
    userAgent: actor.meta?.userAgent,
  })
}

async function leaveUnreadableThreads(runtime: MessagingDeps, userId: string) {
  const sockets = await runtime.io.in(userRoom(userId)).fetchSockets()
  const joined = new Set<string>()
  for (const socket of sockets) {
    for (const room of socket.rooms) {
      const threadId = threadIdOfRoom(room)
      if (threadId) joined.add(threadId)
    }
  }
  for (const threadId of await findThreadsWithoutAccess(runtime.db, userId, [...joined])) {
    runtime.io.in(userRoom(userId)).socketsLeave(threadRoom(threadId))
  }
}
