import type { AppointmentStatus } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { recordAudit } from '../audit/audit.service.ts'
import {
  type AppointmentRow,
  updateAppointment,
  updateAppointmentSlot,
} from './appointment.repository.ts'
import { lockForChange, viewOf } from './appointment.service.ts'
import { outcomeUndoableUntil } from './appointment-state-machine.ts'
import type { CareDeps } from './care-deps.ts'

type Outcome = 'completed' | 'no_show'

/**
 * Records that a session took place or the patient did not come, once it has started. Who and
 * when are kept on the row (the undo window runs from then) and in the audit log.
 */
export async function recordOutcome(
  deps: CareDeps,
  auth: AuthContext,
  id: string,
  outcome: Outcome,
  now = new Date(),
) {
  const updated = await deps.db.transaction(async (tx) => {
    const { row, actor } = await lockForChange(tx, auth, id, outcome)
    if (now < row.scheduledAt) throw new AppError('APPOINTMENT_NOT_STARTED', outcome)
    const changed = await updateAppointment(tx, id, row.status ?? '', {
      status: outcome,
      outcomeRecordedAt: now,
      outcomeRecordedBy: auth.userId,
    })
    if (changed) await auditOutcome(tx, auth, changed, { action: 'record', from: row, actor })
    return changed
  })
  if (!updated) throw new AppError('CONFLICT', 'changed meanwhile')
  return viewOf(deps.db, updated, now)
}

/**
 * Takes a recorded outcome back (the appointment is confirmed again), only inside the undo
 * window: after it, the record stands and a correction is support's, with its own trail.
 */
export async function undoOutcome(deps: CareDeps, auth: AuthContext, id: string, now = new Date()) {
  const updated = await deps.db.transaction(async (tx) => {
    const { row, actor } = await lockForChange(tx, auth, id, 'confirmed')
    const until = outcomeUndoableUntil(row.status as AppointmentStatus, row.outcomeRecordedAt)
    if (!until || now > until) throw new AppError('UNDO_WINDOW_PASSED', 'outcome is final')
    // Back among the live statuses, the slot is checked by the EXCLUDE constraint again.
    const changed = await updateAppointmentSlot(tx, id, row.status ?? '', {
      status: 'confirmed',
      outcomeRecordedAt: null,
      outcomeRecordedBy: null,
    })
    if (changed instanceof Conflict) throw new AppError('SLOT_TAKEN', 'the slot was taken since')
    if (changed) await auditOutcome(tx, auth, changed, { action: 'undo', from: row, actor })
    return changed
  })
  if (!updated) throw new AppError('CONFLICT', 'changed meanwhile')
  return viewOf(deps.db, updated, now)
}

async function auditOutcome(
  tx: Db,
  auth: AuthContext,
  row: AppointmentRow,
  change: { action: 'record' | 'undo'; from: AppointmentRow; actor: string },
) {
  await recordAudit(tx, {
    userId: auth.userId,
    action: change.action === 'record' ? 'appointment.outcome_record' : 'appointment.outcome_undo',
    resource: 'appointment',
    resourceId: row.id,
    changes: { from: change.from.status, to: row.status, actor: change.actor },
  })
}
