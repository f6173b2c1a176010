import { createHash } from 'node:crypto'
import { MESSAGE_DIGEST_WINDOW_MS } from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type PgBoss from 'pg-boss'
import type { Db } from '../../db/database.ts'
import { queryRows } from '../../db/sql-query.ts'
import type { JobQueue } from '../../jobs/job-queue.ts'
import { queueNotification } from '../../jobs/notification-event.ts'
import type { MessagingDeps } from './messaging-deps.ts'
import { onlineAmong } from './presence-tracker.ts'

/**
 * New messages for someone who is not connected become at most one notice per thread per
 * MESSAGE_DIGEST_WINDOW_MS: each window (cut from the epoch) holds one job, due when the window
 * ends, which tells the person only if the thread still has messages they have not read.
 * No message text: what people write to their psychologist must not sit in the job table or
 * reach a lock screen.
 */
export const MESSAGE_DIGEST_JOB = 'message.digest'

export interface MessageDigestJob {
  threadId: string
  recipientId: string
  /** ISO start of the window this job covers. */
  windowStart: string
}

/**
 * Runs after the message was acknowledged and broadcast. When presence cannot be read (Redis
 * unreachable) every recipient not connected to this instance is treated as offline: a spare
 * notice beats a missed one.
 */
export async function queueMessageDigests(
  runtime: Pick<MessagingDeps, 'io' | 'presence' | 'jobs'>,
  threadId: string,
  recipientIds: string[],
  now = new Date(),
): Promise<void> {
  const jobs = runtime.jobs
  if (!jobs || recipientIds.length === 0) return
  const online = new Set(await onlineAmong(runtime, recipientIds))
  const start = Math.floor(now.getTime() / MESSAGE_DIGEST_WINDOW_MS) * MESSAGE_DIGEST_WINDOW_MS
  for (const recipientId of recipientIds) {
    if (online.has(recipientId)) continue
    const job: MessageDigestJob = {
      threadId,
      recipientId,
      windowStart: new Date(start).toISOString(),
    }
    await jobs.send(MESSAGE_DIGEST_JOB, job, {
      // Same window, same id: the second message's insert finds the first's job and adds none.
      id: digestJobId(job),
      startAfter: new Date(start + MESSAGE_DIGEST_WINDOW_MS),
      retryLimit: 5,
      retryBackoff: true,
    })
  }
}

/** A UUID derived from (thread, recipient, window). */
function digestJobId(job: MessageDigestJob): string {
  const hex = createHash('sha256')
    .update(`${job.threadId}|${job.recipientId}|${job.windowStart}`)
    .digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/**
 * The job's run: how many messages the person has not read in the thread (0 when they read it
 * meanwhile, or are no longer in it); a notice only when there are some.
 */
export async function sendDigestIfUnread(
  db: Db,
  jobs: JobQueue,
  job: MessageDigestJob,
): Promise<boolean> {
  const [row] = await queryRows<{ unread: number }>(
    db,
    sql`SELECT GREATEST(t.last_seq - p.last_read_seq, 0)::int AS unread
        FROM thread_participants p JOIN message_threads t ON t.id = p.thread_id
        WHERE p.thread_id = ${job.threadId} AND p.user_id = ${job.recipientId}`,
  )
  const unread = Number(row?.unread ?? 0)
  if (unread === 0) return false
  await queueNotification(jobs, {
    eventKey: `thread:${job.threadId}:digest:${job.windowStart}`,
    recipientId: job.recipientId,
    category: 'message_digest',
    templateKey: 'message.digest',
    params: { threadId: job.threadId, unreadCount: unread },
    link: `/messages/${job.threadId}`,
  })
  return true
}

export async function workMessageDigests(db: Db, jobs: JobQueue | undefined): Promise<void> {
  await jobs?.work<MessageDigestJob>(
    MESSAGE_DIGEST_JOB,
    async (batch: PgBoss.Job<MessageDigestJob>[]) => {
      for (const job of batch) await sendDigestIfUnread(db, jobs, job.data)
    },
  )
}
