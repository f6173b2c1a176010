import type PgBoss from 'pg-boss'
import { queueNotification } from '../../../jobs/notification-event.ts'
import type { AnnouncementRow } from './announcement.repository.ts'
import { claimForSending, markSent } from './announcement.repository.ts'
import { audienceBatch } from './audience.repository.ts'
import type { NotificationAdminDeps } from './notification-admin-deps.ts'

export const ANNOUNCEMENT_SEND_JOB = 'announcement.send'
interface AnnouncementSendJob {
  announcementId: string
}

/** People told per round trip: enough to be quick, few enough to keep each insert small. */
const BATCH_SIZE = 200

/**
 * Held until `sendAt`. The announcement id is the job's id and singleton key, so it is queued
 * once however often this is called.
 */
export async function queueAnnouncementSend(
  deps: NotificationAdminDeps,
  announcementId: string,
  sendAt: Date,
): Promise<void> {
  await deps.jobs?.send<AnnouncementSendJob>(
    ANNOUNCEMENT_SEND_JOB,
    { announcementId },
    { id: announcementId, singletonKey: announcementId, startAfter: sendAt, retryLimit: 5 },
  )
}

export async function registerAnnouncementJobs(deps: NotificationAdminDeps): Promise<void> {
  await deps.jobs?.work<AnnouncementSendJob>(
    ANNOUNCEMENT_SEND_JOB,
    async (batch: PgBoss.Job<AnnouncementSendJob>[]) => {
      for (const job of batch) await sendAnnouncement(deps, job.data.announcementId)
    },
  )
}

/**
 * Tells the audience, in batches. Safe to run twice (a retried job, two instances): each
 * person's event key is `announcement:<id>`, which the notifications module tells once, and the
 * recipient count is the audience size, set rather than added. A cancelled or already sent
 * announcement sends nothing. Answers how many people were told, or null when it did nothing.
 */
export async function sendAnnouncement(
  deps: NotificationAdminDeps,
  announcementId: string,
): Promise<number | null> {
  const announcement = await claimForSending(deps.db, announcementId)
  if (!announcement) return null
  let count = 0
  let afterId: string | null = null
  for (;;) {
    const recipients = await audienceBatch(deps.db, announcement.audience, afterId, BATCH_SIZE)
    if (recipients.length === 0) break
    await Promise.all(recipients.map((recipientId) => tell(deps, announcement, recipientId)))
    count += recipients.length
    afterId = recipients.at(-1) ?? null
  }
  await markSent(deps.db, announcementId, count)
  deps.log.info({ announcementId, recipients: count }, 'announcement sent')
  return count
}

function tell(deps: NotificationAdminDeps, row: AnnouncementRow, recipientId: string) {
  if (!deps.jobs) return Promise.resolve(null)
  return queueNotification(deps.jobs, {
    eventKey: `announcement:${row.id}`,
    recipientId,
    category: 'announcement',
    templateKey: 'announcement',
    params: { announcementId: row.id },
    content: {
      title: { fa: row.title_fa, en: row.title_en },
      body: { fa: row.body_fa, en: row.body_en },
    },
  })
}
