import type {
  AnnouncementAudience,
  AnnouncementStatus,
  CreateAnnouncementBody,
} from '@yektayar/shared'
import { sql } from 'drizzle-orm'
import type { Db } from '../../../db/database.ts'
import { isoOf, queryRows } from '../../../db/sql-query.ts'

export interface AnnouncementRow {
  id: string
  audience: AnnouncementAudience
  title_fa: string
  title_en: string
  body_fa: string
  body_en: string
  send_at: string
  status: AnnouncementStatus
  recipient_count: number | null
  created_by: string | null
  created_at: string
}

// Times leave the database as the API's ISO text; created_at is cut to milliseconds for cursors.
const COLUMNS = sql`id, audience, title_fa, title_en, body_fa, body_en, status, recipient_count,
  created_by, ${isoOf('send_at')} AS send_at, ${isoOf('created_at')} AS created_at`

export async function insertAnnouncement(
  db: Db,
  body: CreateAnnouncementBody,
  sendAt: Date,
  createdBy: string,
): Promise<AnnouncementRow> {
  const [row] = await queryRows<AnnouncementRow>(
    db,
    sql`INSERT INTO announcements
          (audience, title_fa, title_en, body_fa, body_en, send_at, created_by, created_at)
        VALUES (${body.audience}, ${body.title.fa}, ${body.title.en}, ${body.body.fa},
          ${body.body.en}, ${sendAt.toISOString()}::timestamptz, ${createdBy},
          date_trunc('milliseconds', clock_timestamp()))
        RETURNING ${COLUMNS}`,
  )
  if (!row) throw new Error('announcement insert returned no row')
  return row
}

/** Newest first, keyset-paged on (created_at, id). */
export function listAnnouncementRows(
  db: Db,
  filter: { before?: { createdAt: Date; id: string }; limit: number },
): Promise<AnnouncementRow[]> {
  const before = filter.before
    ? sql`WHERE (date_trunc('milliseconds', created_at), id) <
        (${filter.before.createdAt.toISOString()}::timestamptz, ${filter.before.id}::uuid)`
    : sql``
  return queryRows<AnnouncementRow>(
    db,
    sql`SELECT ${COLUMNS} FROM announcements ${before}
        ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC
        LIMIT ${filter.limit + 1}`,
  )
}

export async function findAnnouncement(db: Db, id: string): Promise<AnnouncementRow | undefined> {
  const [row] = await queryRows<AnnouncementRow>(
    db,
    sql`SELECT ${COLUMNS} FROM announcements WHERE id = ${id}`,
  )
  return row
}

/** Cancels only what has not started sending; undefined when it had (or does not exist). */
export async function cancelScheduled(db: Db, id: string): Promise<AnnouncementRow | undefined> {
  const [row] = await queryRows<AnnouncementRow>(
    db,
    sql`UPDATE announcements SET status = 'cancelled'
        WHERE id = ${id} AND status = 'scheduled' RETURNING ${COLUMNS}`,
  )
  return row
}

/**
 * The send job's claim: scheduled → sending in one statement, so a cancel either lands before
 * it (and nothing is sent) or fails. A run that finds it already `sending` (the first run died
 * half-way) resumes; `sent` and `cancelled` answer undefined and the run does nothing.
 */
export async function claimForSending(db: Db, id: string): Promise<AnnouncementRow | undefined> {
  const [row] = await queryRows<AnnouncementRow>(
    db,
    sql`UPDATE announcements SET status = 'sending'
        WHERE id = ${id} AND status IN ('scheduled', 'sending') RETURNING ${COLUMNS}`,
  )
  return row
}

/** The count is set, never added to: a second run counts the same people once. */
export async function markSent(db: Db, id: string, recipientCount: number): Promise<void> {
  await queryRows(
    db,
    sql`UPDATE announcements SET status = 'sent', recipient_count = ${recipientCount}
        WHERE id = ${id} AND status = 'sending'`,
  )
}
