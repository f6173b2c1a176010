import type { AdminAppointmentExportQuery, AppointmentView } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { decodeExactCursor, type ExactKey, exactPage } from '../../db/exact-keyset.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { keysetCsv } from '../../lib/csv-export.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { findAppointment, findProfiles } from './appointment.repository.ts'
import {
  type AdminAppointmentFilter,
  type AdminAppointmentRow,
  listAllAppointments,
} from './appointment-admin.repository.ts'
import { APPOINTMENT_CSV_HEADERS, appointmentCsvCells } from './appointment-admin-csv.ts'
import { appointmentView } from './appointment-view.ts'

/** The rows as views (names from one profile query), each with its keyset position. */
async function viewsOf(db: Db, rows: AdminAppointmentRow[], now = new Date()) {
  const ids = new Set(rows.flatMap((row) => [row.patientId ?? '', row.psychologistId ?? '']))
  const people = await findProfiles(db, [...ids].filter(Boolean))
  return rows.map((row) => ({
    view: appointmentView(row, people, now),
    key: { at: row.keyAt, id: row.id },
  }))
}

/** Every appointment under the filters, latest start first; for `appointments.read.any`. */
export async function listAppointmentsForAdmin(
  db: Db,
  query: AdminAppointmentFilter & { cursor?: string; limit: number },
) {
  const after = query.cursor ? decodeExactCursor(query.cursor) : undefined
  const rows = await listAllAppointments(db, { ...query, after, limit: query.limit + 1 })
  const { page, nextCursor } = exactPage(await viewsOf(db, rows), query.limit)
  return { items: page.map((entry) => entry.view), nextCursor }
}

/** One appointment for the admin: the same view, without viewer actions or notes. */
export async function appointmentForAdmin(db: Db, id: string): Promise<AppointmentView> {
  const row = await findAppointment(db, id)
  if (!row) throw new AppError('NOT_FOUND', 'appointment')
  const people = await findProfiles(db, [row.patientId ?? '', row.psychologistId ?? ''])
  return appointmentView(row, people, new Date())
}

/**
 * The filtered list as CSV (same filters and order as the list), in keyset batches at flat
 * memory. The export itself is audited, with its filters, before the first byte.
 */
export async function exportAppointmentsCsv(
  db: Db,
  actor: AuthContext,
  filter: AdminAppointmentExportQuery,
  meta: RequestMeta,
): Promise<AsyncGenerator<string>> {
  await recordAudit(db, {
    userId: actor.userId,
    action: 'appointment.export',
    resource: 'appointment',
    changes: { filters: filter },
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  return keysetCsv({
    headers: APPOINTMENT_CSV_HEADERS,
    readBatch: async (after: ExactKey | undefined, limit) =>
      viewsOf(db, await listAllAppointments(db, { ...filter, after, limit })),
    keyOf: (entry) => entry.key,
    cells: (entry) => appointmentCsvCells(entry.view),
  })
}
