// Notifications' vocabulary without zod, so front ends can import the values.

/** What a notification is about; preferences are kept per category × channel. */
export const NOTIFICATION_CATEGORIES = [
  'appointment_booked',
  'appointment_confirmed',
  'appointment_rescheduled',
  'appointment_cancelled',
  'appointment_reminder',
  'payment_receipt',
  'payment_refund',
  'message_digest',
  'inbox_assignment',
  'announcement',
  'safety_alert',
  'assessment_assigned',
  'profile_review',
] as const
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number]

/** In-app always reaches the person; SMS and in-app are what reliably reach Iran (DESIGN §10). */
export const NOTIFICATION_CHANNELS = ['inApp', 'sms', 'email', 'push'] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

/** The channels a person may switch per category; in-app cannot be turned off. */
export const SWITCHABLE_CHANNELS = ['sms', 'email', 'push'] as const
export type SwitchableChannel = (typeof SWITCHABLE_CHANNELS)[number]

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

export const ANNOUNCEMENT_AUDIENCES = ['everyone', 'patients', 'psychologists', 'staff'] as const
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number]

export const ANNOUNCEMENT_STATUSES = ['scheduled', 'sending', 'sent', 'cancelled'] as const
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number]

/**
 * Categories a person cannot silence: safety alerts reach on-call staff whatever they chose,
 * and bypass quiet hours (DESIGN §11).
 */
export const MANDATORY_CATEGORIES: readonly NotificationCategory[] = ['safety_alert']

/**
 * Categories an email may be unsubscribed from by its link; the rest are essential to care or
 * money (a reminder, a receipt) and are only changed in the settings screen.
 */
export const UNSUBSCRIBABLE_CATEGORIES: readonly NotificationCategory[] = [
  'message_digest',
  'announcement',
  'inbox_assignment',
]

type ChannelSwitches = Record<SwitchableChannel, boolean>
const SMS_ONLY: ChannelSwitches = { sms: true, email: false, push: false }
const ALL: ChannelSwitches = { sms: true, email: true, push: true }
const NO_SMS: ChannelSwitches = { sms: false, email: true, push: true }

/**
 * What a person gets before they choose. Care and money go by SMS (it reaches every phone in
 * Iran) and email; push only once they opt in (a subscription exists), so `push: true` here
 * costs nothing until then.
 */
export const DEFAULT_CHANNEL_PREFERENCES: Record<NotificationCategory, ChannelSwitches> = {
  appointment_booked: ALL,
  appointment_confirmed: ALL,
  appointment_rescheduled: ALL,
  appointment_cancelled: ALL,
  appointment_reminder: ALL,
  payment_receipt: { sms: false, email: true, push: false },
  payment_refund: ALL,
  message_digest: ALL,
  inbox_assignment: NO_SMS,
  announcement: { sms: false, email: false, push: true },
  safety_alert: { ...SMS_ONLY, push: true },
  assessment_assigned: NO_SMS,
  profile_review: ALL,
}

/** Quiet hours hold back SMS and push (never in-app, never safety alerts), in the person's zone. */
export const DEFAULT_QUIET_HOURS = { enabled: true, start: '22:00', end: '08:00' } as const

/** At most one message-digest notice per thread within this window. */
export const MESSAGE_DIGEST_WINDOW_MS = 15 * 60 * 1000
