import type { ThreadKind } from '@yektayar/shared'
import { type SQL, sql } from 'drizzle-orm'
import type { AuthContext } from '../../lib/auth-context.ts'

/**
 * Who may read (and post in) a thread, written once in each language it is decided in, side by
 * side so they change together (thread-access-rule.int.test.ts checks they agree on a table of
 * cases): participants holding threads.read.own; on department threads also that department's
 * staff (threads.read.department) and holders of threads.manage. Direct threads (patient and
 * psychologist) are never open to anyone else, administrators included.
 */

/** The facts the rule reads: the thread's kind and this person's standing in it. */
export interface ThreadStanding {
  kind: ThreadKind
  my_role: string | null
  in_department: boolean
}

export interface ThreadRuling {
  isParticipant: boolean
  /** Staff of the thread's department (or holding threads.manage) on a department thread. */
  isDepartmentStaff: boolean
}

/** The rule in TypeScript, for a row already read (thread-access.ts). */
export function ruleOf(row: ThreadStanding, auth: AuthContext): ThreadRuling {
  return {
    isParticipant: row.my_role !== null && auth.permissions.has('threads.read.own'),
    isDepartmentStaff:
      row.kind === 'department' &&
      (auth.permissions.has('threads.manage') ||
        (auth.permissions.has('threads.read.department') && row.in_department)),
  }
}

/**
 * The same rule as SQL conditions over `alias`, a row with the ThreadStanding columns, for a
 * decision taken inside one statement (the send in message-send.repository.ts). The
 * permissions are bound as parameters, so the statement text (and its prepared plan) is the
 * same for everyone.
 */
export function ruleSqlOf(alias: string, auth: AuthContext) {
  const a = sql.raw(alias)
  const readOwn = auth.permissions.has('threads.read.own')
  const manageAll = auth.permissions.has('threads.manage')
  const readDepartment = auth.permissions.has('threads.read.department')
  const isParticipant: SQL = sql`(${a}.my_role IS NOT NULL AND ${readOwn}::boolean)`
  const isDepartmentStaff: SQL = sql`(${a}.kind = 'department'
    AND (${manageAll}::boolean OR (${readDepartment}::boolean AND ${a}.in_department)))`
  return { isParticipant, canRead: sql`(${isParticipant} OR ${isDepartmentStaff})` }
}
