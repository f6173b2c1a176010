import type { Announcement } from '@yektayar/shared'
import type { AnnouncementRow } from './announcement.repository.ts'

export function toAnnouncement(row: AnnouncementRow): Announcement {
  return {
    id: row.id,
    audience: row.audience,
    title: { fa: row.title_fa, en: row.title_en },
    body: { fa: row.body_fa, en: row.body_en },
    sendAt: row.send_at,
    status: row.status,
    recipientCount: row.recipient_count,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}
