import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
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
import { toPerson } from './messaging-mappers.ts'
import { departmentRoom, threadIdOfRoom, threadRoom } from './messaging-rooms.ts'
import { findThreadsWithoutAccess } from './thread.repository.ts'

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
): Promise<void> {
  await requireDepartment(runtime.db, target.key)
  const type = await findUserType(runtime.db, target.userId)
  if (!type || type === 'patient') throw new AppError('DEPARTMENT_STAFF_INVALID')
  await insertDepartmentStaff(runtime.db, target.key, target.userId)
  runtime.io.in(userRoom(target.userId)).socketsJoin(departmentRoom(target.key))
  await auditStaffChange(runtime, auth, 'add', target)
}

/** Also takes the person's sockets out of the department's thread rooms they can no longer read. */
export async function removeStaff(
  runtime: MessagingDeps,
  auth: AuthContext,
  target: { key: string; userId: string },
): Promise<void> {
  await requireDepartment(runtime.db, target.key)
  if (!(await deleteDepartmentStaff(runtime.db, target.key, target.userId))) return
  runtime.io.in(userRoom(target.userId)).socketsLeave(departmentRoom(target.key))
  await leaveUnreadableThreads(runtime, target.userId)
  await auditStaffChange(runtime, auth, 'remove', target)
}

function auditStaffChange(
  runtime: MessagingDeps,
  auth: AuthContext,
  change: 'add' | 'remove',
  target: { key: string; userId: string },
) {
  return recordAudit(runtime.db, {
    userId: auth.userId,
    action: `department.staff.${change}`,
    resource: 'department',
    resourceId: target.key,
    changes: { userId: target.userId },
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
