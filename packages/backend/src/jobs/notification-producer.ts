import type { FastifyBaseLogger } from 'fastify'
import type { JobQueue } from './job-queue.ts'
import { type NotificationEvent, queueNotification } from './notification-event.ts'

/**
 * Queues notices for something that already happened (a booking committed, money moved). A
 * failure is logged, not thrown: the caller's change stands, and telling people is secondary.
 * Without a job queue (some tests, one-shot commands) there is nobody to tell.
 */
export async function tellAfterCommit(
  jobs: JobQueue | undefined,
  log: Pick<FastifyBaseLogger, 'error'>,
  events: NotificationEvent[],
): Promise<void> {
  if (!jobs) return
  for (const event of events) {
    try {
      await queueNotification(jobs, event)
    } catch (error) {
      log.error(
        { err: error, eventKey: event.eventKey, recipientId: event.recipientId },
        'could not queue a notification',
      )
    }
  }
}
