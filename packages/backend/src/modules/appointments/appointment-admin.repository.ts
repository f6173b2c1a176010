import { and, eq, getTableColumns } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import {
  type ExactKey,
  exactInstant,
  newestFirstExact,
  olderThanExact,
} from '../../db/exact-keyset.ts'
import { appointments } from '../../db/schema/index.ts'
import { withinTehranDays } from '../../db/tehran-days.ts'

export interface AdminAppointmentFilter {
  /** Tehran civil days of the start, inclusive. */
  from?: string
  to?: string
  psychologistId?: string
  status?: string
  mode?: string
}

/**
 * Every appointment, latest start first, keyset on (scheduled_at, id): served by
 * idx_appointments_scheduled_id, or idx_appointments_psychologist_scheduled /
 * idx_appointments_status_scheduled when those filters are set (migration 1030). Answers up to
 * `limit` rows, each with its exact key.
 */
export function listAllAppointments(
  db: Db,
  filter: AdminAppointmentFilter & { after?: ExactKey; limit: number },
) {
  const { scheduledAt, id } = appointments
  return db
    .select({ ...getTableColumns(appointments), keyAt: exactInstant(scheduledAt) })
    .from(appointments)
    .where(
      and(
        filter.psychologistId ? eq(appointments.psychologistId, filter.psychologistId) : undefined,
        filter.status ? eq(appointments.status, filter.status) : undefined,
        filter.mode ? eq(appointments.mode, filter.mode) : undefined,
        ...withinTehranDays(scheduledAt, filter),
        filter.after ? olderThanExact(scheduledAt, id, filter.after) : undefined,
      ),
    )
    .orderBy(...newestFirstExact(scheduledAt, id))
    .limit(filter.limit)
}

export type AdminAppointmentRow = Awaited<ReturnType<typeof listAllAppointments>>[number]
