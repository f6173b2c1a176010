import type { AppointmentActor, AppointmentStatus } from '@yektayar/shared'

/**
 * Who may move an appointment from one status to another. Anything not listed is not a
 * transition at all; completed, cancelled and no_show are final.
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
