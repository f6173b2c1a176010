import type { AppointmentActor, AppointmentStatus } from '@yektayar/shared'

const HOUR_MS = 60 * 60 * 1000

export interface CancellationInput {
  status: AppointmentStatus
  actor: AppointmentActor
  startsAt: Date
  priceIrr: number
  now: Date
  freeCancelHours: number
}

export type CancellationDecision =
  | { allowed: true; refundable: boolean }
  | { allowed: false; code: 'CANCEL_WINDOW_PASSED' }

/**
 * A patient may cancel a confirmed appointment until `freeCancelHours` before it starts;
 * psychologists, admins and the system may cancel any time. Only a confirmed, priced
 * appointment was paid for, so only such a cancellation is refundable (payments decides how).
 * A pending one can always be dropped: it only releases a hold.
 */
export function decideCancellation(input: CancellationInput): CancellationDecision {
  const paid = input.status === 'confirmed' && input.priceIrr > 0
  if (input.actor !== 'patient' || input.status === 'pending') {
    return { allowed: true, refundable: paid }
  }
  const deadline = input.startsAt.getTime() - input.freeCancelHours * HOUR_MS
  if (input.now.getTime() > deadline) return { allowed: false, code: 'CANCEL_WINDOW_PASSED' }
  return { allowed: true, refundable: paid }
}
