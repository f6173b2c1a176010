import type { NotificationCategory } from '@yektayar/shared'
import type PgBoss from 'pg-boss'
import type { JobQueue } from './job-queue.ts'

/**
 * How any module tells a person something (issue 15): it queues this job and the
 * notifications module, which consumes it, decides the channels from the person's preferences,
 * renders the texts, holds SMS and push through quiet hours and delivers each channel once.
 * Producers never import the notifications module, so the module graph stays one-way.
 */
export const NOTIFICATION_EVENT_JOB = 'notification.event'

/** One delivery on one channel; its id is the delivery row's (notification_deliveries.id). */
export const NOTIFICATION_DELIVER_JOB = 'notification.deliver'
export interface NotificationDeliverJob {
  deliveryId: string
}

/** Values a template reads; never free text a patient wrote (it would sit in the job table). */
export type NotificationParams = Record<string, string | number | boolean | null>

export interface NotificationEvent {
  /**
   * Names the event for this recipient, e.g. `appointment:<id>:reminder_24h` or
   * `thread:<id>:digest:<window>`. (recipientId, eventKey) is told once, however often the job
   * runs or whichever instance runs it.
   */
  eventKey: string
  recipientId: string
  category: NotificationCategory
  /** A key of the notifications module's template registry (notification-templates/). */
  templateKey: string
  params: NotificationParams
  /** App path opened by a click on the in-app, push or email notice. */
  link?: string
  /** Text written by staff for everyone (announcements), in both languages, instead of a template. */
  content?: { title: { fa: string; en: string }; body: { fa: string; en: string } }
}

/**
 * Queues one event. `startAfter` holds it (a reminder); `id` lets the producer cancel it later.
 * The eventKey doubles as pg-boss's singleton key so a burst of duplicates queues once.
 */
export function queueNotification(
  jobs: JobQueue,
  event: NotificationEvent,
  options: Pick<PgBoss.SendOptions, 'id' | 'startAfter'> = {},
): Promise<string | null> {
  return jobs.send(NOTIFICATION_EVENT_JOB, event, {
    ...options,
    singletonKey: `${event.recipientId}:${event.eventKey}`,
    retryLimit: 10,
    retryBackoff: true,
  })
}

type LocalEngine = (event: NotificationEvent) => Promise<void>
const localEngines = new WeakMap<JobQueue, LocalEngine>()

/** The notifications module says that this instance runs the engine on this queue. */
export function runNotificationEventsHere(jobs: JobQueue, engine: LocalEngine): void {
  localEngines.set(jobs, engine)
}

/**
 * For producers already running inside a job (a reminder falling due): the event is handled in
 * this run where this instance runs the engine, sparing a notification.event job per person,
 * which is what a burst of 10,000 reminders in one minute could not afford. Elsewhere it is
 * queued. A failure throws, so the producer's job retries; the event key makes a retry harmless.
 */
export async function notifyWithinJob(jobs: JobQueue, event: NotificationEvent): Promise<void> {
  const engine = localEngines.get(jobs)
  if (engine) await engine(event)
  else await queueNotification(jobs, event)
}

/**
 * Takes back what no longer applies and has not gone out yet: a reminder held by quiet hours
 * or waiting for a retry, for a session since cancelled or moved. Deliveries already sent stay
 * sent; the in-app notice stays in the centre's history.
 */
export const NOTIFICATION_WITHDRAW_JOB = 'notification.withdraw'
export interface NotificationWithdrawal {
  recipientId: string
  /** Every event of this recipient whose key starts so, e.g. `appointment:<id>:reminder:`. */
  eventKeyPrefix: string
}

export function withdrawNotifications(
  jobs: JobQueue,
  withdrawal: NotificationWithdrawal,
): Promise<string | null> {
  return jobs.send(NOTIFICATION_WITHDRAW_JOB, withdrawal, { retryLimit: 10, retryBackoff: true })
}
