import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { findThreadAccess, type ThreadAccessRow } from './thread.repository.ts'
import { ruleOf } from './thread-access-rule.ts'

export interface ThreadAccess {
  row: ThreadAccessRow
  isParticipant: boolean
  /** Staff of the thread's department (or holding threads.manage) on a department thread. */
  isDepartmentStaff: boolean
  canRead: boolean
  /** May assign the thread and move it to another department. */
  canManage: boolean
}

/** Who may do what with a thread: the rule of thread-access-rule.ts, on a row already read. */
export function accessOf(row: ThreadAccessRow, auth: AuthContext): ThreadAccess {
  const { isParticipant, isDepartmentStaff } = ruleOf(row, auth)
  return {
    row,
    isParticipant,
    isDepartmentStaff,
    canRead: isParticipant || isDepartmentStaff,
    canManage: isDepartmentStaff,
  }
}

/** The thread as this user may see it; a thread they may not read answers like a missing one. */
export async function requireThreadAccess(
  db: Db,
  threadId: string,
  auth: AuthContext,
): Promise<ThreadAccess> {
  const row = await findThreadAccess(db, threadId, auth.userId)
  const access = row ? accessOf(row, auth) : undefined
  if (!access?.canRead) throw new AppError('NOT_FOUND', 'no such thread for this user')
  return access
}
