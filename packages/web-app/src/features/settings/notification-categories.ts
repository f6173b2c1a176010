import {
  MANDATORY_CATEGORIES,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
  type UserType,
} from '@yektayar/shared/types'

// Staff's work (an inbox assignment, a safety alert, the review of a practice profile) never
// reaches a patient, and receipts go to whoever paid: a row for something that never comes
// would be a switch that does nothing.
const STAFF_ONLY: readonly NotificationCategory[] = [
  'inbox_assignment',
  'safety_alert',
  'profile_review',
]
const PAYER_ONLY: readonly NotificationCategory[] = ['payment_receipt', 'payment_refund']

/** The categories this kind of person can receive, in the contract's order. */
export function categoriesFor(type: UserType): NotificationCategory[] {
  const hidden = type === 'patient' ? STAFF_ONLY : PAYER_ONLY
  return NOTIFICATION_CATEGORIES.filter((category) => !hidden.includes(category))
}

/** Sent on every channel whatever was chosen (DESIGN §11): shown on, and not switchable. */
export function isMandatory(category: NotificationCategory): boolean {
  return MANDATORY_CATEGORIES.includes(category)
}
