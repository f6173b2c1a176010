import type { ParticipantRole, ThreadStatus } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { NOW_MS, queryRows } from '../../db/sql-query.ts'
import { idsAmong } from './thread.repository.ts'

export async function insertDepartmentThread(
  db: Db,
  input: { category: string; title: string | null; ownerId: string },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`
      WITH thread AS (
        INSERT INTO message_threads (kind, category, title, created_by, last_message_at)
        VALUES ('department', ${input.category}, ${input.title}, ${input.ownerId}, ${NOW_MS})
        RETURNING id
      ), owner AS (
        INSERT INTO thread_participants (thread_id, user_id, role) SELECT id, ${input.ownerId}, 'owner' FROM thread
      )
      SELECT id FROM thread`,
  )
  if (!row) throw new Error('thread insert returned no row')
  return row.id
}

/**
 * The direct thread of this patient and psychologist, created with both as members unless it
 * exists. The unique `direct_key` makes concurrent calls meet on one row.
 */
export async function upsertDirectThread(
  db: Db,
  input: { patientId: string; psychologistId: string; createdBy: string | null },
): Promise<{ id: string; created: boolean }> {
  const key = `${input.patientId}:${input.psychologistId}`
  const [inserted] = await queryRows<{ id: string }>(
    db,
    sql`
      WITH thread AS (
        INSERT INTO message_threads (kind, direct_key, created_by, last_message_at)
        VALUES ('direct', ${key}, ${input.createdBy}, ${NOW_MS})
        ON CONFLICT (direct_key) DO NOTHING RETURNING id
      ), members AS (
        INSERT INTO thread_participants (thread_id, user_id, role)
        SELECT thread.id, member.user_id, 'member' FROM thread
        CROSS JOIN (VALUES (${input.patientId}::uuid), (${input.psychologistId}::uuid)) AS member(user_id)
      )
      SELECT id FROM thread`,
  )
  if (inserted) return { id: inserted.id, created: true }
  const [existing] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM message_threads WHERE direct_key = ${key}`,
  )
  if (!existing) throw new Error('direct thread neither inserted nor found')
  return { id: existing.id, created: false }
}

export interface ThreadChanges {
  status?: ThreadStatus
  assigneeId?: string | null
  category?: string
}

export async function updateThreadRow(db: Db, threadId: string, changes: ThreadChanges) {
  const sets = [sql`updated_at = ${NOW_MS}`]
  if (changes.status !== undefined) sets.push(sql`status = ${changes.status}`)
  if (changes.assigneeId !== undefined) sets.push(sql`assignee_id = ${changes.assigneeId}`)
  if (changes.category !== undefined) sets.push(sql`category = ${changes.category}`)
  await db.execute(
    sql`UPDATE message_threads SET ${sql.join(sets, sql`, `)} WHERE id = ${threadId}`,
  )
}

/** Adds a participant, or leaves an existing one as they are. */
export async function insertParticipant(
  db: Db,
  input: { threadId: string; userId: string; role: ParticipantRole },
): Promise<boolean> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`
      INSERT INTO thread_participants (thread_id, user_id, role)
      VALUES (${input.threadId}, ${input.userId}, ${input.role})
      ON CONFLICT (thread_id, user_id) DO NOTHING RETURNING user_id`,
  )
  return rows.length > 0
}

export async function deleteParticipants(
  db: Db,
  threadId: string,
  userIds: string[],
): Promise<string[]> {
  return idsAmong(
    db,
    userIds,
    (ids) => sql`
      DELETE FROM thread_participants
      WHERE thread_id = ${threadId} AND user_id = ANY(${ids})
      RETURNING user_id::text AS id`,
  )
}

/** Staff participants (role `admin`) who are not on the staff of `category`. */
export async function findStaffOutsideDepartment(
  db: Db,
  threadId: string,
  category: string,
): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`
      SELECT p.user_id::text AS user_id FROM thread_participants p
      WHERE p.thread_id = ${threadId} AND p.role = 'admin' AND NOT EXISTS (
        SELECT 1 FROM department_staff d WHERE d.department = ${category} AND d.user_id = p.user_id)`,
  )
  return rows.map((row) => row.user_id)
}

/**
 * Someone no longer on a department's staff: out of its threads where they took part as staff
 * (role `admin`: by answering or being assigned), and no longer their assignee, as a move to
 * another department does (findStaffOutsideDepartment). Answers the threads they left.
 */
export async function leaveDepartmentThreads(
  db: Db,
  department: string,
  userId: string,
): Promise<string[]> {
  await db.execute(sql`
    UPDATE message_threads SET assignee_id = NULL, updated_at = ${NOW_MS}
    WHERE kind = 'department' AND category = ${department} AND assignee_id = ${userId}`)
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
      DELETE FROM thread_participants p USING message_threads t
      WHERE p.thread_id = t.id AND t.kind = 'department' AND t.category = ${department}
        AND p.user_id = ${userId} AND p.role = 'admin'
      RETURNING p.thread_id::text AS id`,
  )
  return rows.map((row) => row.id)
}
