import type { AppointmentActor, AppointmentListQuery, AppointmentStatus } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import {
  type AppointmentRow,
  findAppointment,
  findProfiles,
  findTreatedPatientIds,
  findTreatingPsychologistIds,
  hadConfirmedBefore,
  listAppointments,
} from './appointment.repository.ts'
import { decideTransition } from './appointment-state-machine.ts'
import { appointmentView } from './appointment-view.ts'

export type { AppointmentRow }

/** Taking part, or allowed to read everyone's: anyone else is told the id does not exist. */
export function canRead(auth: AuthContext, row: AppointmentRow): boolean {
  return (
    row.patientId === auth.userId ||
    row.psychologistId === auth.userId ||
    auth.permissions.has('appointments.read.any')
  )
}

/** The role someone acts in on this appointment; null when they may only look. */
export function actorOf(auth: AuthContext, row: AppointmentRow): AppointmentActor | null {
  if (row.psychologistId === auth.userId) return 'psychologist'
  if (row.patientId === auth.userId) return 'patient'
  return auth.permissions.has('appointments.manage') ? 'admin' : null
}

export async function requireReadable(
  db: Db,
  auth: AuthContext,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AppointmentRow> {
  const row = await findAppointment(db, id, options)
  if (!row || !canRead(auth, row)) throw new AppError('NOT_FOUND', 'appointment')
  return row
}

/** Reads the row for update with the reader's role on it; only readers who act on it pass. */
export async function lockAsActor(tx: Db, auth: AuthContext, id: string) {
  const row = await requireReadable(tx, auth, id, { forUpdate: true })
  const actor = actorOf(auth, row)
  if (!actor) throw new AppError('FORBIDDEN', 'read-only access')
  return { row, actor }
}

/** Locks the row and checks that this reader may move it to `to` (the state machine's call). */
export async function lockForChange(tx: Db, auth: AuthContext, id: string, to: AppointmentStatus) {
  const { row, actor } = await lockAsActor(tx, auth, id)
  const decision = decideTransition(row.status as AppointmentStatus, to, actor)
  if (decision === 'invalid') throw new AppError('INVALID_TRANSITION', `${row.status} → ${to}`)
  if (decision === 'forbidden') throw new AppError('FORBIDDEN', `${actor} cannot ${to}`)
  return { row, actor }
}

export async function viewOf(db: Db, row: AppointmentRow, now = new Date()) {
  const people = await findProfiles(db, [row.patientId ?? '', row.psychologistId ?? ''])
  return appointmentView(row, people, now)
}

export async function getAppointment(db: Db, auth: AuthContext, id: string) {
  return viewOf(db, await requireReadable(db, auth, id))
}

/**
 * My appointments, as patient or psychologist. Admins with `appointments.read.any` use the
 * same list for their own; the admin panel's global list is a separate concern.
 */
export async function listMyAppointments(
  db: Db,
  auth: AuthContext,
  query: AppointmentListQuery,
  now = new Date(),
) {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined
  const rows = await listAppointments(db, {
    userId: auth.userId,
    scope: query.scope,
    status: query.status,
    after: after && { scheduledAt: after.createdAt, id: after.id },
    startsFrom: query.from ? new Date(query.from) : undefined,
    startsBefore: query.to ? new Date(query.to) : undefined,
    now,
    limit: query.limit,
  })
  const page = rows.slice(0, query.limit)
  const ids = page.flatMap((row) => [row.patientId ?? '', row.psychologistId ?? ''])
  const people = await findProfiles(db, [...new Set(ids)])
  const last = page.at(-1)
  return {
    items: page.map((row) => appointmentView(row, people, now)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.scheduledAt, last.id) : null,
  }
}

/**
 * For messaging: whether a patient and a psychologist have (had) a confirmed appointment, the
 * condition for a direct thread between them.
 */
export function hasAppointmentBetween(
  db: Db,
  pair: { patientId: string; psychologistId: string },
): Promise<boolean> {
  return hadConfirmedBefore(db, pair)
}

/** For the safety module: who treats this patient (told of their alerts, may edit their plan). */
export function treatingPsychologistsOf(db: Db, patientId: string): Promise<string[]> {
  return findTreatingPsychologistIds(db, patientId)
}

/** For the safety module: the patients this psychologist treats (whose alerts they see). */
export function patientsTreatedBy(db: Db, psychologistId: string): Promise<string[]> {
  return findTreatedPatientIds(db, psychologistId)
}
