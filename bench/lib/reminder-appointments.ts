import type { RawSql } from '../../packages/backend/src/db/database.ts'
import { BENCH_PSYCHOLOGISTS, benchUserId, benchUserIdSql } from './messaging-seed-sql.ts'

export interface BenchAppointment {
  id: string
  /** ISO start, exactly as the app reads it back (the reminder job must name the same). */
  startsAt: string
  /** The bench user who is the patient: the reminder's recipient. */
  patient: number
}

/**
 * One confirmed appointment per bench user as patient, tomorrow, with the psychologist after
 * them in turn: psychologist p sees 20 people back to back (no two of theirs overlap, which the
 * schema refuses). Already announced, so nothing but the reminders tells anyone about them.
 * Psychologist users are patients of a colleague here, so 10,000 people get a reminder.
 */
export async function insertBenchAppointments(
  sql: RawSql,
  count: number,
): Promise<BenchAppointment[]> {
  await sql.exec('DELETE FROM appointments')
  const rows = await sql.query<{ id: string; scheduled_at: Date; patient_id: string }>(
    `INSERT INTO appointments (patient_id, psychologist_id, scheduled_at, ends_at, duration_minutes,
       status, confirmed_at, announced_at, mode, price_irr)
     SELECT ${benchUserIdSql('n')}, ${benchUserIdSql(`(n + 1) % ${BENCH_PSYCHOLOGISTS}`)},
       date_trunc('hour', now()) + interval '1 day' + make_interval(hours => n / ${BENCH_PSYCHOLOGISTS}),
       date_trunc('hour', now()) + interval '1 day' + make_interval(hours => n / ${BENCH_PSYCHOLOGISTS}, mins => 50),
       50, 'confirmed', now(), now(), 'video', 0
     FROM generate_series(0, ${count - 1}) AS n
     RETURNING id, scheduled_at, patient_id`,
  )
  const userNumber = new Map(Array.from({ length: count }, (_, n) => [benchUserId(n), n]))
  return rows.map((row) => ({
    id: row.id,
    startsAt: new Date(row.scheduled_at).toISOString(),
    patient: userNumber.get(row.patient_id) ?? -1,
  }))
}
