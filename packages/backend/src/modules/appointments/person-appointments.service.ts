import type { Db } from '../../db/database.ts'
import {
  countPersonAppointments,
  findRecentPersonAppointments,
} from './person-appointments.repository.ts'

/** The admin's person page: appointment counts by role and status, and the latest five. */
export async function personAppointmentSummary(db: Db, userId: string) {
  const [counts, recent] = [
    await countPersonAppointments(db, userId),
    await findRecentPersonAppointments(db, userId),
  ]
  return {
    counts,
    recent: recent.map((row) => ({
      id: row.id,
      role: row.role,
      status: row.status ?? 'pending',
      mode: row.mode,
      scheduledAt: new Date(row.scheduled_at).toISOString(),
      counterpartName: row.counterpart_name ?? '',
    })),
  }
}
