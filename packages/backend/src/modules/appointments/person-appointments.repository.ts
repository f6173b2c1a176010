import { sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'

const RECENT = 5

/** Someone's appointments counted by their role in them and status; both roles use an index. */
export function countPersonAppointments(db: Db, userId: string) {
  return queryRows<{ role: 'patient' | 'psychologist'; status: string; count: number }>(
    db,
    sql`SELECT 'patient' AS role, status, count(*)::int AS count FROM appointments
        WHERE patient_id = ${userId} GROUP BY status
      UNION ALL
      SELECT 'psychologist', status, count(*)::int FROM appointments
        WHERE psychologist_id = ${userId} GROUP BY status
      ORDER BY role, status`,
  )
}

/**
 * The latest few by start time, with the other person's real name (admins see who it was, not
 * a patient's nickname). Times, status and mode only: never notes or free-text reasons.
 */
export function findRecentPersonAppointments(db: Db, userId: string) {
  return queryRows<{
    id: string
    role: 'patient' | 'psychologist'
    status: string | null
    mode: string | null
    scheduled_at: Date | string
    counterpart_name: string | null
  }>(
    db,
    sql`SELECT a.id, CASE WHEN a.patient_id = ${userId} THEN 'patient' ELSE 'psychologist' END AS role,
        a.status, a.mode, a.scheduled_at,
        trim(concat_ws(' ', o.profile->>'firstName', o.profile->>'lastName')) AS counterpart_name
      FROM appointments a
      LEFT JOIN users o ON o.id = CASE WHEN a.patient_id = ${userId} THEN a.psychologist_id ELSE a.patient_id END
      WHERE a.patient_id = ${userId} OR a.psychologist_id = ${userId}
      ORDER BY a.scheduled_at DESC, a.id DESC LIMIT ${RECENT}`,
  )
}
