import type { Db } from '../../db/database.ts'
import { Conflict } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import {
  type AppointmentRow,
  claimAnnouncement,
  findAppointment,
  findUnannounced,
  hadConfirmedBefore,
  releaseExpiredHolds,
  updateAppointmentSlot,
} from './appointment.repository.ts'
import { firstAppointmentConfirmed } from './appointment-hooks.ts'
import { tellConfirmed } from './appointment-notices.ts'
import { planReminders, sendReminders } from './appointment-reminders.ts'
import type { CareDeps } from './care-deps.ts'

/**
 * Marks a pending appointment confirmed inside the caller's transaction. The first confirmed
 * appointment between two people runs firstAppointmentConfirmed (messaging opens their direct
 * thread), in the same transaction.
 */
export async function confirmInTx(
  tx: Db,
  row: AppointmentRow,
  now: Date,
): Promise<AppointmentRow | undefined> {
  const confirmed = await updateAppointmentSlot(tx, row.id, row.status ?? 'pending', {
    status: 'confirmed',
    confirmedAt: now,
    holdExpiresAt: null,
    cancelReason: null,
    cancelledAt: null,
    cancelledByRole: null,
    refundable: null,
  })
  // Thrown, not answered: the refused statement has aborted the caller's (sub)transaction.
  if (confirmed instanceof Conflict) throw new AppError('SLOT_TAKEN', 'the slot was taken')
  if (confirmed?.patientId && confirmed.psychologistId) {
    const pair = { patientId: confirmed.patientId, psychologistId: confirmed.psychologistId }
    if (!(await hadConfirmedBefore(tx, { ...pair, exceptId: confirmed.id }))) {
      await firstAppointmentConfirmed.run(tx, pair)
    }
  }
  return confirmed
}

export type PaymentConfirmation =
  | { ok: true; alreadyConfirmed: boolean; appointment: AppointmentRow }
  | { ok: false; reason: 'not_found' | 'not_payable' | 'slot_taken'; appointment?: AppointmentRow }

/**
 * For payments (issue 6), inside its own transaction once a payment is verified. Confirms the
 * appointment if its hold still stands — or, when the hold expired and was released, if the
 * slot is still free (re-claimed under a savepoint, so a lost slot does not abort the caller's
 * transaction: it answers `slot_taken` and payments refunds). Idempotent: a second call answers
 * `alreadyConfirmed`. Reminders follow via `announceAppointmentConfirmed` or the sweeper.
 */
export async function confirmAppointmentPayment(
  tx: Db,
  appointmentId: string,
  now = new Date(),
): Promise<PaymentConfirmation> {
  const row = await findAppointment(tx, appointmentId, { forUpdate: true })
  if (!row) return { ok: false, reason: 'not_found' }
  if (row.status === 'confirmed') return { ok: true, alreadyConfirmed: true, appointment: row }
  const reclaimable =
    row.status === 'cancelled' && row.cancelReason === 'hold_expired' && row.scheduledAt > now
  if (row.status !== 'pending' && !reclaimable) {
    return { ok: false, reason: 'not_payable', appointment: row }
  }
  try {
    const confirmed = await tx.transaction((savepoint) => confirmInTx(savepoint, row, now))
    if (!confirmed) return { ok: false, reason: 'not_payable', appointment: row }
    return { ok: true, alreadyConfirmed: false, appointment: confirmed }
  } catch (error) {
    if (error instanceof AppError && error.code === 'SLOT_TAKEN') {
      return { ok: false, reason: 'slot_taken', appointment: row }
    }
    throw error
  }
}

/**
 * For payments: what may be paid for, and how much. Only the patient's own pending appointment
 * with a price answers; the amount is the one stored at booking.
 */
export async function findPayableAppointment(
  db: Db,
  input: { appointmentId: string; patientId: string },
): Promise<AppointmentRow | undefined> {
  const row = await findAppointment(db, input.appointmentId)
  if (!row || row.patientId !== input.patientId) return undefined
  return row.status === 'pending' && row.priceIrr > 0 ? row : undefined
}

/**
 * After the confirming transaction commits: queue the patient's reminders and tell both sides.
 * Claimed once per appointment, so callers and the sweeper may all try.
 */
export async function announceAppointmentConfirmed(
  deps: CareDeps,
  appointmentId: string,
  now = new Date(),
): Promise<boolean> {
  if (!deps.jobs) return false
  const row = await findAppointment(deps.db, appointmentId)
  if (!row?.patientId || !row.psychologistId || row.status !== 'confirmed' || row.announcedAt) {
    return false
  }
  const reminders = planReminders(deps, row, now)
  const claimed = await claimAnnouncement(
    deps.db,
    row.id,
    reminders.map((job) => job.id),
  )
  if (!claimed) return false
  await sendReminders(deps, reminders)
  await tellConfirmed(deps, claimed)
  return true
}

/** The `care.sweep` job: release expired holds, announce confirmations nobody announced yet. */
export async function sweepAppointments(deps: CareDeps, now = new Date()) {
  const released = await releaseExpiredHolds(deps.db, { now })
  let announced = 0
  for (const id of await findUnannounced(deps.db, 100)) {
    if (await announceAppointmentConfirmed(deps, id, now)) announced++
  }
  return { released: released.length, announced }
}
