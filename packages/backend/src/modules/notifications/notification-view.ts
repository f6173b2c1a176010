import type { NotificationCategory, NotificationView } from '@yektayar/shared'
import type { Locale } from '../../lib/app-error.ts'
import type { NotificationRow } from './notification.repository.ts'

/** A stored notification in one reader's language. */
export function notificationViewOf(row: NotificationRow, locale: Locale): NotificationView {
  return {
    id: row.id,
    category: row.category as NotificationCategory,
    title: locale === 'en' ? row.titleEn : row.titleFa,
    body: locale === 'en' ? row.bodyEn : row.bodyFa,
    link: row.link,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  }
}

/** What the engine keeps in notifications.data to render channel texts at send time. */
export interface NotificationData {
  templateKey: string
  params: Record<string, string | number | boolean | null>
}

export function dataOf(row: NotificationRow): NotificationData {
  const data = row.data as Partial<NotificationData>
  return { templateKey: String(data.templateKey ?? ''), params: data.params ?? {} }
}
