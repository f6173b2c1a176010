import type {
  AppointmentStatus,
  PatientSession,
  PatientSummary,
  SessionMode,
} from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type AppointmentRow,
  findProfiles,
  hadConfirmedBefore,
  listAppointments,
} from './appointment.repository.ts'
import { patientOf } from './appointment-view.ts'

const UPCOMING_SHOWN = 10
const PAST_SHOWN = 20

function sessionOf(row: AppointmentRow): PatientSession {
  return {
    id: row.id,
    status: row.status as AppointmentStatus,
    mode: row.mode as SessionMode | null,
    startsAt: row.scheduledAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    durationMinutes: row.durationMinutes ?? 60,
  }
}

/**
 * A treating psychologist's page on one patient: the name the patient shows (a nickname in
 * discreet mode) and their sessions together. Anyone who never had a confirmed session with the
 * patient, the patient included, is answered as if there were no such patient. Every read is
 * audited, as the page opens the patient's clinical sections.
 */
export async function patientSummary(
  db: Db,
  auth: AuthContext,
  patientId: string,
  meta: { ip?: string; userAgent?: string },
  now = new Date(),
): Promise<PatientSummary> {
  const pair = { patientId, psychologistId: auth.userId }
  if (patientId === auth.userId || !(await hadConfirmedBefore(db, pair))) {
    throw new AppError('NOT_FOUND', 'no such patient of this psychologist')
  }
  const list = (scope: 'upcoming' | 'past', limit: number) =>
    listAppointments(db, { userId: auth.userId, patientId, scope, now, limit })
  const [upcoming, past, people] = await Promise.all([
    list('upcoming', UPCOMING_SHOWN),
    list('past', PAST_SHOWN),
    findProfiles(db, [patientId]),
  ])
  await recordAudit(db, {
    userId: auth.userId,
    action: 'patient.summary.read',
    resource: 'user',
    resourceId: patientId,
    ip: meta.ip,
    userAgent: meta.userAgent,
  })
  return {
    patient: patientOf(patientId, people),
    upcoming: upcoming.slice(0, UPCOMING_SHOWN).map(sessionOf),
    past: past.slice(0, PAST_SHOWN).map(sessionOf),
    morePast: past.length > PAST_SHOWN,
  }
}
