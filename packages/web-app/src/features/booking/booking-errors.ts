import { isApiError } from '@yektayar/ui'

/** Answers that mean "this time cannot be had": the person picks another from fresh slots. */
const SLOT_CODES = new Set([
  'SLOT_TAKEN',
  'SLOT_UNAVAILABLE',
  'BOOKING_IN_PAST',
  'BOOKING_TOO_SOON',
  'BOOKING_TOO_FAR',
  'HOLIDAY_BLOCKED',
  // The hold ran out before the payment began: the slot may be someone else's by now.
  'PAYMENT_NOT_PAYABLE',
])

export function isSlotProblem(error: unknown): boolean {
  return isApiError(error) && SLOT_CODES.has(error.code)
}

export function isSessionTypeGone(error: unknown): boolean {
  return isApiError(error) && error.code === 'SESSION_TYPE_UNAVAILABLE'
}
