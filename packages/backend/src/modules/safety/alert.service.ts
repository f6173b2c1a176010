import type { SafetyAlert, SafetyAlertDetail, SafetyAlertPage } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts'
import { patientsTreatedBy, treatingPsychologistsOf } from '../appointments/appointment.service.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type AlertRow,
  findAlert,
  listAlertRows,
  listTriggerRows,
  markAcknowledged,
  markResolved,
} from './alert.repository.ts'
import { broadcastAlert } from './alert-paging.ts'
import { alertDetailOf, alertOf } from './alert-view.ts'
import type { SafetyDeps } from './safety-deps.ts'

const RESPOND = 'safety.respond'

/**
 * Who may see an alert: on-call staff (safety.respond) every one, a psychologist those of the
 * patients they treat. Anyone else, the patient included, meets the same not-found.
 */
async function requireVisibleAlert(db: Db, auth: AuthContext, id: string): Promise<AlertRow> {
  const row = await findAlert(db, id)
  if (row && auth.permissions.has(RESPOND)) return row
  if (row && auth.userType === 'psychologist') {
    const treating = await treatingPsychologistsOf(db, row.patient_id)
    if (treating.includes(auth.userId)) return row
  }
  throw new AppError('SAFETY_ALERT_NOT_FOUND')
}

type StatusFilter = 'active' | 'open' | 'acknowledged' | 'resolved'

/** The queue, newest activity first (audited); a psychologist without safety.respond sees their patients'. */
export async function listAlerts(
  db: Db,
  auth: AuthContext,
  query: { status: StatusFilter; cursor?: string; limit: number },
): Promise<SafetyAlertPage> {
  let patientIds: string[] | undefined
  if (!auth.permissions.has(RESPOND)) {
    if (auth.userType !== 'psychologist') throw new AppError('FORBIDDEN')
    patientIds = await patientsTreatedBy(db, auth.userId)
  }
  const decoded = query.cursor ? decodeCursor(query.cursor) : undefined
  const after = decoded && { at: decoded.createdAt.toISOString(), id: decoded.id }
  const statuses = query.status === 'active' ? ['open', 'acknowledged'] : [query.status]
  const rows = await listAlertRows(db, { statuses, patientIds, after, limit: query.limit })
  const items = rows.slice(0, query.limit)
  const last = items.at(-1)
  // Names and reasons of people at risk: every look at the queue is on record too.
  await recordAudit(db, {
    userId: auth.userId,
    action: 'safety.alert.list',
    resource: 'safety_alert',
    changes: { status: query.status, shown: items.length },
  })
  return {
    items: items.map(alertOf),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor(new Date(last.last_triggered_at), last.id)
        : null,
  }
}

/** One alert with the patient's words; every read is audited. */
export async function getAlert(db: Db, auth: AuthContext, id: string): Promise<SafetyAlertDetail> {
  const row = await requireVisibleAlert(db, auth, id)
  await recordAudit(db, {
    userId: auth.userId,
    action: 'safety.alert.view',
    resource: 'safety_alert',
    resourceId: id,
    changes: { patientId: row.patient_id },
  })
  const viewerTreats =
    auth.userType === 'psychologist' &&
    (await treatingPsychologistsOf(db, row.patient_id)).includes(auth.userId)
  return alertDetailOf(row, await listTriggerRows(db, id), viewerTreats)
}

async function afterChange(deps: SafetyDeps, id: string, action: string, auth: AuthContext) {
  await recordAudit(deps.db, {
    userId: auth.userId,
    action,
    resource: 'safety_alert',
    resourceId: id,
  })
  await broadcastAlert(deps, id)
  const row = await findAlert(deps.db, id)
  if (!row) throw new AppError('SAFETY_ALERT_NOT_FOUND')
  return alertOf(row)
}

/** "I have it": stops the escalation. Acknowledging an acknowledged alert answers it as it is. */
export async function acknowledgeAlert(
  deps: SafetyDeps,
  auth: AuthContext,
  id: string,
): Promise<SafetyAlert> {
  const row = await requireVisibleAlert(deps.db, auth, id)
  if (row.status === 'resolved') throw new AppError('SAFETY_ALERT_RESOLVED')
  if (!(await markAcknowledged(deps.db, id, auth.userId))) return alertOf(row)
  return afterChange(deps, id, 'safety.alert.acknowledge', auth)
}

/** Closed with what was done, by someone who may see it; the note is kept and audited. */
export async function resolveAlert(
  deps: SafetyDeps,
  auth: AuthContext,
  id: string,
  note: string,
): Promise<SafetyAlert> {
  await requireVisibleAlert(deps.db, auth, id)
  if (!(await markResolved(deps.db, id, auth.userId, note))) {
    throw new AppError('SAFETY_ALERT_RESOLVED')
  }
  return afterChange(deps, id, 'safety.alert.resolve', auth)
}
