import type { AppointmentActor, AppointmentStatus } from '@yektayar/shared'
import type { Db } from '../../db/database.ts'
import { Conflict, retryOnDeadlock } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import type { RequestMeta } from '../../lib/request-meta.ts'
import { recordAudit } from '../audit/audit.service.ts'
import { resolveBookableSlot } from '../professionals/bookable-slot.service.ts'
import { forgetBookings } from '../professionals/schedule.service.ts'
import {
  type AppointmentRow,
  releaseExpiredHolds,
  updateAppointment,
  updateAppointmentSlot,
} from './appointment.repository.ts'
import { lockAsActor, lockForChange, viewOf } from './appointment.service.ts'
import { announceAppointmentConfirmed, confirmInTx } from './appointment-confirmation.ts'
import { appointmentCancelled } from './appointment-hooks.ts'
import { tellOthers } from './appointment-notices.ts'
import { recordOutcome } from './appointment-outcome.service.ts'
import {
  cancelReminders,
  type PlannedReminder,
  planReminders,
  sendReminders,
} from './appointment-reminders.ts'
import { isReschedulable } from './appointment-state-machine.ts'
import { decideCancellation } from './cancel-policy.ts'
import type { CareDeps } from './care-deps.ts'

/**
 * confirmed (admins), completed or no_show (the psychologist or admins, once it started; see
 * appointment-outcome.service.ts, which also keeps them undoable for a while).
 */
export async function changeStatus(
  deps: CareDeps,
  auth: AuthContext,
  id: string,
  to: 'confirmed' | 'completed' | 'no_show',
  now = new Date(),
) {
  if (to !== 'confirmed') return recordOutcome(deps, auth, id, to, now)
  const updated = await deps.db.transaction(async (tx) => {
    const { row } = await lockForChange(tx, auth, id, to)
    if (row.status !== 'pending')
      throw new AppError('INVALID_TRANSITION', 'undo is DELETE /outcome')
    return confirmInTx(tx, row, now)
  })
  if (!updated) throw new AppError('CONFLICT', 'changed meanwhile')
  await announceAppointmentConfirmed(deps, id, now)
  return viewOf(deps.db, updated, now)
}

/** What the canceller chose beyond the cancel itself. */
export interface CancelInput {
  reason?: string
  /**
   * An admin's refund of the payment, in the same transaction (payments makes it; 0 for none).
   * Left out, the cancel policy decides whether what was paid goes back.
   */
  refund?: { amountIrr: number }
  /** Given for an admin's cancel from the panel: audited with the caller's address. */
  meta?: RequestMeta
}

/**
 * Cancels, with a reason if one was given, under the cancel policy; payments' hooks run in the same transaction.
 * Queued reminders are withdrawn and the other side of a confirmed appointment is told.
 */
export async function cancelAppointment(
  deps: CareDeps,
  auth: AuthContext,
  id: string,
  input: CancelInput,
  now = new Date(),
) {
  const { before, after, actor } = await deps.db.transaction(async (tx) => {
    const { row, actor } = await lockForChange(tx, auth, id, 'cancelled')
    const decision = allowedCancellation(deps, row, actor, now)
    const cancelled = await updateAppointment(tx, id, row.status ?? '', {
      status: 'cancelled',
      cancelReason: input.reason ?? null,
      cancelledBy: auth.userId,
      cancelledByRole: actor,
      cancelledAt: now,
      refundable: decision.refundable,
      holdExpiresAt: null,
      reminderJobIds: [],
    })
    if (!cancelled) throw new AppError('CONFLICT', 'changed meanwhile')
    const event = eventOf(cancelled, actor, decision.refundable)
    await appointmentCancelled.run(tx, { ...event, ...chosenRefund(auth, input) })
    if (input.meta) await auditCancel(tx, auth, { before: row, after: cancelled, input })
    return { before: row, after: cancelled, actor }
  })
  forgetBookings(after.psychologistId)
  await cancelReminders(deps, before)
  if (before.status === 'confirmed') await tellOthers(deps, after, actor, 'cancelled')
  return viewOf(deps.db, after, now)
}

function chosenRefund(auth: AuthContext, input: CancelInput) {
  if (!input.refund) return {}
  return {
    chosenRefund: {
      amountIrr: input.refund.amountIrr,
      note: input.reason ?? 'cancelled by the clinic',
      actorId: auth.userId,
      ip: input.meta?.ip,
      userAgent: input.meta?.userAgent,
    },
  }
}

async function auditCancel(
  tx: Db,
  auth: AuthContext,
  change: { before: AppointmentRow; after: AppointmentRow; input: CancelInput },
) {
  const { before, after, input } = change
  await recordAudit(tx, {
    userId: auth.userId,
    action: 'appointment.cancel',
    resource: 'appointment',
    resourceId: after.id,
    changes: {
      before: { status: before.status },
      after: { status: after.status, cancelReason: after.cancelReason },
      refundIrr: input.refund?.amountIrr ?? null,
    },
    ip: input.meta?.ip,
    userAgent: input.meta?.userAgent,
  })
}

function eventOf(row: AppointmentRow, actor: AppointmentActor, refundable: boolean) {
  return {
    appointmentId: row.id,
    patientId: row.patientId,
    psychologistId: row.psychologistId,
    priceIrr: row.priceIrr,
    cancelledBy: actor,
    refundable,
  }
}

/**
 * Moves a pending or confirmed appointment. Patients move within the psychologist's hours and
 * the free-cancel window; psychologists and admins anywhere not in the past. Reminders are
 * replaced: new ids are stored in the same transaction, old jobs withdrawn after it.
 */
export async function rescheduleAppointment(
  deps: CareDeps,
  auth: AuthContext,
  id: string,
  startsAt: string,
  now = new Date(),
) {
  const { before, after, actor, planned } = await retryOnDeadlock(() =>
    deps.db.transaction((tx) => moveInTx(deps, tx, auth, id, new Date(startsAt), now)),
  )
  if (!after) throw new AppError('CONFLICT', 'changed meanwhile')
  forgetBookings(after.psychologistId)
  if (before.announcedAt) {
    await cancelReminders(deps, before)
    await sendReminders(deps, planned)
    await tellOthers(deps, after, actor, 'rescheduled')
  }
  return viewOf(deps.db, after, now)
}

async function moveInTx(
  deps: CareDeps,
  tx: Db,
  auth: AuthContext,
  id: string,
  start: Date,
  now: Date,
) {
  const { row, actor, sessionTypeId } = await lockForMove(deps, tx, auth, id, now)
  const slot = await resolveBookableSlot(tx, {
    psychologistId: row.psychologistId ?? '',
    sessionTypeId,
    start,
    now,
    viewer: auth,
    reschedule: { appointmentId: row.id, durationMinutes: row.durationMinutes ?? 60 },
    enforcePolicy: actor === 'patient',
    maxHorizonDays: deps.maxBookingHorizonDays(),
  })
  await releaseExpiredHolds(tx, {
    now,
    psychologistId: slot.psychologistId,
    from: slot.blockedFrom,
    to: slot.blockedUntil,
  })
  const planned = replanReminders(deps, { ...row, scheduledAt: slot.start, endsAt: slot.end }, now)
  const after = await updateAppointmentSlot(tx, id, row.status ?? '', {
    scheduledAt: slot.start,
    endsAt: slot.end,
    blockedFrom: slot.blockedFrom,
    blockedUntil: slot.blockedUntil,
    reminderJobIds: planned.map((job) => job.id),
  })
  if (after instanceof Conflict) throw new AppError('SLOT_TAKEN', 'the new time is taken')
  return { before: row, after, actor, planned }
}

/** The row, locked, and the mover's role, if this appointment may be moved by them now. */
async function lockForMove(deps: CareDeps, tx: Db, auth: AuthContext, id: string, now: Date) {
  const { row, actor } = await lockAsActor(tx, auth, id)
  if (!isReschedulable(row.status as AppointmentStatus) || !row.sessionTypeId) {
    throw new AppError('INVALID_TRANSITION', `cannot move a ${row.status} appointment`)
  }
  assertPatientMayMove(deps, row, actor, now)
  return { row, actor, sessionTypeId: row.sessionTypeId }
}

/** New reminders for a moved appointment whose confirmation was already announced. */
function replanReminders(deps: CareDeps, moved: AppointmentRow, now: Date): PlannedReminder[] {
  if (!moved.announcedAt || !moved.patientId) return []
  return planReminders(deps, moved, now)
}

function assertPatientMayMove(
  deps: CareDeps,
  row: AppointmentRow,
  actor: AppointmentActor,
  now: Date,
) {
  // Moving is held to the cancel window: a late move would be a free late cancellation.
  if (actor === 'patient') allowedCancellation(deps, row, actor, now)
}

/** The cancel policy's verdict for this actor now; refused inside the cancel window. */
function allowedCancellation(
  deps: CareDeps,
  row: AppointmentRow,
  actor: AppointmentActor,
  now: Date,
) {
  const decision = decideCancellation({
    status: row.status as AppointmentStatus,
    actor,
    startsAt: row.scheduledAt,
    priceIrr: row.priceIrr,
    now,
    freeCancelHours: deps.care.freeCancelHours,
  })
  if (!decision.allowed) throw new AppError(decision.code, 'inside the cancel window')
  return decision
}
