import { randomBytes } from 'node:crypto'
import type { BookAppointmentBody } from '@yektayar/shared'
import { Conflict, retryOnDeadlock } from '../../db/sql-state.ts'
import { AppError } from '../../lib/app-error.ts'
import type { AuthContext } from '../../lib/auth-context.ts'
import { type BookableSlot, resolveBookableSlot } from '../professionals/bookable-slot.service.ts'
import { forgetBookings } from '../professionals/schedule.service.ts'
import {
  type AppointmentRow,
  findProfiles,
  insertAppointment,
  releaseExpiredHolds,
} from './appointment.repository.ts'
import { announceAppointmentConfirmed, confirmInTx } from './appointment-confirmation.ts'
import { appointmentView } from './appointment-view.ts'
import type { CareDeps } from './care-deps.ts'

/**
 * Books a slot for the signed-in patient. Priced sessions start `pending` with a hold that
 * payment confirms; free ones are confirmed at once. The schedule check gives precise errors,
 * but two bookings racing for one slot are settled by the EXCLUDE constraint: the loser's
 * insert answers a Conflict and the booking SLOT_TAKEN. Two inserts for overlapping but different
 * times can instead deadlock on the constraint; the aborted one runs again and then finds the
 * other's row. A patient gets one free session per psychologist (a unique index; cancelling it
 * gives it back): a second answers FREE_INTRO_USED.
 */
export async function bookAppointment(
  deps: CareDeps,
  patient: AuthContext,
  body: BookAppointmentBody,
  now = new Date(),
) {
  if (body.psychologistId === patient.userId) throw new AppError('SELF_BOOKING', 'own calendar')
  const request = {
    psychologistId: body.psychologistId,
    sessionTypeId: body.sessionTypeId,
    start: new Date(body.startsAt),
    now,
    viewer: patient,
    maxHorizonDays: deps.maxBookingHorizonDays(),
  }
  // A cheap check first, outside any transaction: under contention most requests end here.
  await resolveBookableSlot(deps.db, { ...request, fresh: false })
  const row: AppointmentRow = await retryOnDeadlock(() =>
    deps.db.transaction(async (tx) => {
      const slot = await resolveBookableSlot(tx, request)
      // Expired holds still sit in the constraint until released; let them go first.
      await releaseExpiredHolds(tx, {
        now,
        psychologistId: slot.psychologistId,
        from: slot.blockedFrom,
        to: slot.blockedUntil,
      })
      const inserted = await insertAppointment(tx, newAppointment(deps, patient, slot, now))
      if (inserted instanceof Conflict && inserted.kind === 'unique')
        throw new AppError('FREE_INTRO_USED', 'one free session per psychologist')
      if (inserted instanceof Conflict)
        throw new AppError('SLOT_TAKEN', 'lost the race for the slot')
      if (slot.sessionType.priceIrr > 0) return inserted
      return (await confirmInTx(tx, inserted, now)) ?? inserted
    }),
  )
  forgetBookings(row.psychologistId)
  if (row.status === 'confirmed') await announceAppointmentConfirmed(deps, row.id, now)
  const people = await findProfiles(deps.db, [row.patientId ?? '', row.psychologistId ?? ''])
  return appointmentView(row, people, now)
}

function newAppointment(deps: CareDeps, patient: AuthContext, slot: BookableSlot, now: Date) {
  const { sessionType } = slot
  return {
    patientId: patient.userId,
    psychologistId: slot.psychologistId,
    scheduledAt: slot.start,
    endsAt: slot.end,
    durationMinutes: sessionType.durationMinutes,
    blockedFrom: slot.blockedFrom,
    blockedUntil: slot.blockedUntil,
    status: 'pending',
    sessionTypeId: sessionType.id,
    mode: sessionType.mode,
    priceIrr: sessionType.priceIrr,
    holdExpiresAt:
      sessionType.priceIrr > 0 ? new Date(now.getTime() + deps.care.holdMinutes * 60_000) : null,
    joinUrl: sessionType.mode === 'video' ? (slot.roomUrl ?? generatedRoom(deps)) : null,
  }
}

/** An unguessable room per appointment when the psychologist has no room link of their own. */
function generatedRoom(deps: CareDeps): string {
  return `${deps.care.onlineRoomBaseUrl}/yektayar-${randomBytes(16).toString('hex')}`
}
