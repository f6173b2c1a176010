import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import { avatarUrlOf, displayNameOf } from '../users/display-name-sql.ts'

export const DEPARTMENTS_CONFIG_KEY = 'messaging.departments'

export interface DepartmentRow {
  key: string
  fa: string
  en: string
}

export async function findDepartments(db: Db): Promise<DepartmentRow[]> {
  const [row] = await queryRows<{ value: unknown }>(
    db,
    sql`SELECT value FROM config WHERE key = ${DEPARTMENTS_CONFIG_KEY}`,
  )
  return Array.isArray(row?.value) ? (row.value as DepartmentRow[]) : []
}

export async function findDepartmentsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await queryRows<{ department: string }>(
    db,
    sql`SELECT department FROM department_staff WHERE user_id = ${userId} ORDER BY department`,
  )
  return rows.map((row) => row.department)
}

export async function isDepartmentStaff(db: Db, department: string, userId: string) {
  const rows = await queryRows<{ found: number }>(
    db,
    sql`SELECT 1 AS found FROM department_staff WHERE department = ${department} AND user_id = ${userId}`,
  )
  return rows.length > 0
}

export function listDepartmentStaff(db: Db, department: string) {
  return queryRows<{ id: string; type: string; display_name: string; avatar_url: string | null }>(
    db,
    sql`
      SELECT u.id, u.type, ${displayNameOf('u')} AS display_name,
        ${avatarUrlOf('u')} AS avatar_url
      FROM department_staff d JOIN users u ON u.id = d.user_id
      WHERE d.department = ${department} ORDER BY d.created_at, u.id`,
  )
}

export async function findUserType(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ type: string }>(
    db,
    sql`SELECT type FROM users WHERE id = ${userId} AND is_active`,
  )
  return row?.type
}

export async function insertDepartmentStaff(db: Db, department: string, userId: string) {
  await db.execute(
    sql`INSERT INTO department_staff (department, user_id) VALUES (${department}, ${userId})
        ON CONFLICT DO NOTHING`,
  )
}

export async function deleteDepartmentStaff(db: Db, department: string, userId: string) {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`DELETE FROM department_staff WHERE department = ${department} AND user_id = ${userId}
        RETURNING user_id`,
  )
  return rows.length > 0
}

export interface InboxCountRow {
  key: string
  open: number
  unassigned: number
  waiting: number
  oldest_waiting: Date | string | null
}

/**
 * Per department, its open threads, those nobody is assigned, and those waiting for staff (the
 * latest message is from whoever opened the thread), with when the longest-waiting last wrote.
 * One pass over the open department threads (idx_message_threads_inbox), each joined to its
 * latest message through (thread_id, seq) = last_seq (idx_messages_thread_seq).
 */
export function countOpenInboxThreads(db: Db) {
  return queryRows<InboxCountRow>(
    db,
    sql`
      SELECT t.category AS key, count(*)::int AS open,
        count(*) FILTER (WHERE t.assignee_id IS NULL)::int AS unassigned,
        count(*) FILTER (WHERE m.sender_id = t.created_by)::int AS waiting,
        min(t.last_message_at) FILTER (WHERE m.sender_id = t.created_by) AS oldest_waiting
      FROM message_threads t LEFT JOIN messages m ON m.thread_id = t.id AND m.seq = t.last_seq
      WHERE t.kind = 'department' AND t.status = 'open'
      GROUP BY t.category`,
  )
}

export function countDepartmentStaff(db: Db) {
  return queryRows<{ department: string; staff: number }>(
    db,
    sql`SELECT department, count(*)::int AS staff FROM department_staff GROUP BY department`,
  )
}
