import type { ThreadMessage } from '@yektayar/shared'
import type { MessagingDeps } from './messaging-deps.ts'
import { onlineAmong } from './presence-tracker.ts'

export const MESSAGE_OFFLINE_JOB = 'message.offline'

/**
 * Queued for each participant with no live connection when a message arrives; the
 * notifications channel (a later issue) turns it into a push, SMS or email. No message text:
 * what people write to their psychologist must not sit in the job table or reach a lock screen.
 */
export interface MessageOfflineJob {
  messageId: string
  threadId: string
  seq: number
  senderId: string | null
  recipientId: string
  sentAt: string
}

/**
 * Runs after the message was acknowledged and broadcast. When presence cannot be read (Redis
 * unreachable) every recipient not connected to this instance is treated as offline: a spare
 * notification beats a missed one.
 */
export async function queueOfflineNotifications(
  runtime: MessagingDeps,
  message: ThreadMessage,
  recipientIds: string[],
): Promise<void> {
  if (!runtime.jobs || recipientIds.length === 0) return
  const online = new Set(await onlineAmong(runtime, recipientIds))
  for (const recipientId of recipientIds) {
    if (online.has(recipientId)) continue
    const job: MessageOfflineJob = {
      messageId: message.id,
      threadId: message.threadId,
      seq: message.seq,
      senderId: message.senderId,
      recipientId,
      sentAt: message.createdAt,
    }
    await runtime.jobs.send(MESSAGE_OFFLINE_JOB, job)
  }
}
