import type { AppointmentActor, AppointmentStatus } from '@yektayar/shared'

/**
 * Who may move an appointment from one status to another. Anything not listed is not a
 * transition at all. Cancelled is final; completed and no_show go back to confirmed only as an
 * undo, inside OUTCOME_UNDO_MINUTES of being recorded (decideUndo).
 */
const TRANSITIONS: Partial<
  Record<`${AppointmentStatus}>${AppointmentStatus}`, AppointmentActor[]>
> = {
  // Confirmation is payment's (system) or an admin's decision, never the patient's own.
  'pending>confirmed': ['system', 'admin'],
  'pending>cancelled': ['patient', 'psychologist', 'admin', 'system'],
  'confirmed>completed': ['psychologist', 'admin'],
  'confirmed>no_show': ['psychologist', 'admin'],
  'confirmed>cancelled': ['patient', 'psychologist', 'admin', 'system'],
  'completed>confirmed': ['psychologist', 'admin'],
  'no_show>confirmed': ['psychologist', 'admin'],
}

/**
 * How long a recorded outcome can be taken back. Long enough to catch a mis-tap noticed while
 * still on the page or straight after the session; short enough that the record is settled
 * before anyone relies on it (the patient's history, reports). Later corrections go through
 * support, not a silent rewrite.
 */
export const OUTCOME_UNDO_MINUTES = 15

/** Until when a completed or no-show appointment may go back to confirmed; null: never. */
export function outcomeUndoableUntil(
  status: AppointmentStatus,
  recordedAt: Date | null,
): Date | null {
  if ((status !== 'completed' && status !== 'no_show') || !recordedAt) return null
  return new Date(recordedAt.getTime() + OUTCOME_UNDO_MINUTES * 60_000)
}

export type TransitionDecision = 'allowed' | 'invalid' | 'forbidden'

export function decideTransition(
  from: AppointmentStatus,
  to: AppointmentStatus,
  actor: AppointmentActor,
): TransitionDecision {
  const actors = TRANSITIONS[`${from}>${to}`]
  if (!actors) return 'invalid'
  return actors.includes(actor) ? 'allowed' : 'forbidden'
}

/** Statuses whose time can still be moved. */
export function isReschedulable(status: AppointmentStatus): boolean {
  return status === 'pending' || status === 'confirmed'
}
