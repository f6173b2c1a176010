import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/database.ts'
import type { Locale } from '../../lib/app-error.ts'
import type { AppointmentRow } from './appointment.repository.ts'
import { findProfiles } from './appointment.repository.ts'
import type { CareDeps } from './care-deps.ts'
import type { CareMessageParams, CareTemplateKey } from './care-messages.ts'

/** The notification channel's job; its worker renders `templateKey` (see care-messages.ts). */
export const NOTIFICATION_JOB = 'notification.send'

export type NotificationChannel = 'sms' | 'email' | 'push' | 'inApp'

export interface NotificationJobData {
  channel: NotificationChannel
  userId: string
  templateKey: CareTemplateKey
  locale: Locale
  params: CareMessageParams
}

export interface PlannedJob {
  id: string
  data: NotificationJobData
  startAfter?: Date
}

const HOUR_MS = 60 * 60 * 1000
const REMINDERS: { key: CareTemplateKey; before: number }[] = [
  { key: 'appointment.reminder_24h', before: 24 * HOUR_MS },
  { key: 'appointment.reminder_1h', before: HOUR_MS },
]

export interface Recipient {
  userId: string
  locale: Locale
  timeZone: string
  channels: NotificationChannel[]
}

/** Language, zone and chosen channels from users.preferences; SMS unless turned off. */
export async function recipientsOf(db: Db, ids: string[]): Promise<Map<string, Recipient>> {
  const people = await findProfiles(db, ids)
  const recipients = new Map<string, Recipient>()
  for (const [userId, { preferences }] of people) {
    const prefs = (preferences ?? {}) as Record<string, unknown>
    const chosen = { sms: true, ...((prefs.notificationChannels ?? {}) as object) } as Record<
      NotificationChannel,
      unknown
    >
    recipients.set(userId, {
      userId,
      locale: prefs.language === 'en' ? 'en' : 'fa',
      timeZone: typeof prefs.timeZone === 'string' ? prefs.timeZone : 'Asia/Tehran',
      channels: (['sms', 'email', 'push', 'inApp'] as const).filter((c) => chosen[c] === true),
    })
  }
  return recipients
}

function jobsFor(
  recipient: Recipient | undefined,
  row: AppointmentRow,
  templateKey: CareTemplateKey,
  startAfter?: Date,
): PlannedJob[] {
  if (!recipient) return []
  const params = {
    appointmentId: row.id,
    startsAt: row.scheduledAt.toISOString(),
    timeZone: recipient.timeZone,
  }
  return recipient.channels.map((channel) => ({
    id: randomUUID(),
    data: { channel, userId: recipient.userId, templateKey, locale: recipient.locale, params },
    startAfter,
  }))
}

/** The 24 h and 1 h reminders still ahead of a confirmed appointment, for the patient. */
export function planReminders(
  recipient: Recipient | undefined,
  row: AppointmentRow,
  now: Date,
): PlannedJob[] {
  return REMINDERS.flatMap(({ key, before }) => {
    const at = new Date(row.scheduledAt.getTime() - before)
    return at > now ? jobsFor(recipient, row, key, at) : []
  })
}

export function planNotice(
  recipient: Recipient | undefined,
  row: AppointmentRow,
  templateKey: CareTemplateKey,
): PlannedJob[] {
  return jobsFor(recipient, row, templateKey)
}

/**
 * Queues planned jobs under their pre-chosen ids (stored on the appointment first, so they can
 * be cancelled later). A failure is logged, not thrown: the booking itself already happened.
 */
export async function sendJobs(deps: CareDeps, jobs: PlannedJob[]): Promise<void> {
  if (!deps.jobs) return
  for (const job of jobs) {
    try {
      await deps.jobs.send(NOTIFICATION_JOB, job.data, {
        id: job.id,
        startAfter: job.startAfter,
        retryLimit: 5,
        retryBackoff: true,
      })
    } catch (error) {
      deps.log.error({ err: error, job: job.id }, 'could not queue a care notification')
    }
  }
}

/** Withdraws queued reminders (a reschedule or a cancellation). */
export async function cancelJobs(deps: CareDeps, ids: string[]): Promise<void> {
  if (!deps.jobs || ids.length === 0) return
  try {
    await deps.jobs.boss.cancel(NOTIFICATION_JOB, ids)
  } catch (error) {
    deps.log.error({ err: error, jobs: ids }, 'could not cancel care reminders')
  }
}
