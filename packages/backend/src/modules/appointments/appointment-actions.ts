import type { AppointmentStatus, AppointmentView, AppointmentViewer } from '@yektayar/shared'
import type { AuthContext } from '../../lib/auth-context.ts'
import {
  decideTransition,
  isReschedulable,
  outcomeUndoableUntil,
} from './appointment-state-machine.ts'
import { decideCancellation } from './cancel-policy.ts'

const HOUR_MS = 60 * 60 * 1000

/** The role someone acts in, read from a view (same rule as actorOf on a row). */
function roleOf(auth: AuthContext, view: AppointmentView): AppointmentViewer['role'] {
  if (view.psychologist.id === auth.userId) return 'psychologist'
  if (view.patient.id === auth.userId) return 'patient'
  return auth.permissions.has('appointments.manage') ? 'admin' : null
}

/**
 * What the reader may do with the appointment now, from the same state machine and cancel
 * policy the change routes enforce; the screens show buttons from this and nothing else.
 */
export function viewerActions(
  auth: AuthContext,
  view: AppointmentView,
  freeCancelHours: number,
  now = new Date(),
): AppointmentViewer {
  const role = roleOf(auth, view)
  const status = view.status as AppointmentStatus
  const startsAt = new Date(view.startsAt)
  const may = (to: AppointmentStatus) =>
    role !== null && decideTransition(status, to, role) === 'allowed'
  const cancellation =
    role && may('cancelled')
      ? decideCancellation({
          status,
          actor: role,
          startsAt,
          priceIrr: view.priceIrr,
          now,
          freeCancelHours,
        })
      : null
  const started = now >= startsAt
  const recordedAt = view.outcomeRecordedAt ? new Date(view.outcomeRecordedAt) : null
  const undoUntil = may('confirmed') ? outcomeUndoableUntil(status, recordedAt) : null
  return {
    role,
    canCancel: cancellation?.allowed === true,
    cancelRefundable: cancellation?.allowed === true && cancellation.refundable,
    freeCancelUntil:
      status === 'confirmed'
        ? new Date(startsAt.getTime() - freeCancelHours * HOUR_MS).toISOString()
        : null,
    // A patient moves under the same window as cancelling; the clinic side any time.
    canReschedule:
      role !== null &&
      isReschedulable(status) &&
      view.sessionTypeId !== null &&
      (role !== 'patient' || cancellation?.allowed === true),
    canComplete: started && may('completed'),
    canMarkNoShow: started && may('no_show'),
    canWriteNotes: role === 'psychologist' && auth.permissions.has('notes.read.own'),
    undoOutcomeUntil: undoUntil && now < undoUntil ? undoUntil.toISOString() : null,
  }
}

/** The view with its reader's actions, as every /appointments route answers. */
export function withViewerActions(
  auth: AuthContext,
  view: AppointmentView,
  freeCancelHours: number,
  now = new Date(),
): AppointmentView {
  return { ...view, viewer: viewerActions(auth, view, freeCancelHours, now) }
}
