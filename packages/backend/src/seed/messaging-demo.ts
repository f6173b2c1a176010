import type { RawSql } from '../db/database.ts'

/** Demo people by phone (see demo-accounts.ts) and the departments whose inbox they answer. */
const DEMO_DEPARTMENT_STAFF: Array<{ phone: string; departments: string[] }> = [
  { phone: '+989120000001', departments: ['reception', 'clinical', 'billing', 'technical'] },
  { phone: '+989120000101', departments: ['clinical'] },
  { phone: '+989120000102', departments: ['reception'] },
]

const SARA = '+989120000002'
const RECEPTIONIST = '+989120000102'

/**
 * Department staff, and one reception conversation of the demo patient with an unread reply, so
 * the inbox, the thread list and the unread badge have something to show on first start.
 */
export async function seedMessagingDemo(sql: RawSql): Promise<void> {
  for (const { phone, departments } of DEMO_DEPARTMENT_STAFF) {
    await sql.query(
      `INSERT INTO department_staff (department, user_id)
       SELECT d, i.user_id FROM user_identifiers i, unnest($2::text[]) AS d
       WHERE i.type = 'phone' AND i.value = $1 ON CONFLICT DO NOTHING`,
      [phone, departments],
    )
  }
  await sql.query(
    `WITH people AS (
       SELECT (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $1) AS patient,
              (SELECT user_id FROM user_identifiers WHERE type = 'phone' AND value = $2) AS staff
     ), times AS (SELECT date_trunc('milliseconds', now()) AS at),
     thread AS (
       INSERT INTO message_threads (kind, category, title, created_by, last_seq, last_message_at)
       SELECT 'department', 'reception', 'تغییر زمان جلسه', patient, 2, at FROM people, times
       WHERE patient IS NOT NULL AND staff IS NOT NULL
       RETURNING id
     ), first AS (
       INSERT INTO messages (thread_id, sender_id, content, seq, created_at)
       SELECT thread.id, patient, 'سلام، می‌خواستم زمان جلسهٔ هفتهٔ بعد را عوض کنم.', 1,
         at - interval '10 minutes' FROM thread, people, times
     ), reply AS (
       INSERT INTO messages (thread_id, sender_id, content, seq, created_at)
       SELECT thread.id, staff, 'سلام سارا جان 🌱 حتماً؛ چه روزی برایتان مناسب است؟', 2, at
       FROM thread, people, times
     )
     INSERT INTO thread_participants (thread_id, user_id, role, last_read_seq)
     SELECT thread.id, patient, 'owner', 1 FROM thread, people
     UNION ALL SELECT thread.id, staff, 'admin', 2 FROM thread, people`,
    [SARA, RECEPTIONIST],
  )
  // A separate statement: an UPDATE in the same WITH cannot see the thread inserted beside it
  // (all parts share one snapshot), which left the pointer empty and the list saying
  // "no messages yet" over a thread holding two.
  await sql.query(
    `UPDATE message_threads t SET last_message_id = m.id FROM messages m
     WHERE m.thread_id = t.id AND m.seq = t.last_seq AND t.last_message_id IS NULL`,
  )
}
