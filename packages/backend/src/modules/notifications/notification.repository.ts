import { and, count, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../../db/database.ts'
import { notifications } from '../../db/schema/index.ts'

export type NotificationRow = typeof notifications.$inferSelect

export async function findNotification(db: Db, id: string): Promise<NotificationRow | undefined> {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id)).limit(1)
  return row
}

/**
 * Newest first, one extra row for paging. Unlike lib/keyset.ts this orders by the bare columns,
 * so idx_notifications_user_created (or the unread one) serves the page without a sort: the
 * engine writes created_at from a JS Date, in whole milliseconds, as the cursor carries it.
 */
export function listNotificationRows(
  db: Db,
  filter: {
    userId: string
    unreadOnly: boolean
    before?: { createdAt: Date; id: string }
    limit: number
  },
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, filter.userId),
        filter.unreadOnly ? isNull(notifications.readAt) : undefined,
        filter.before
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${filter.before.createdAt.toISOString()}::timestamptz, ${filter.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(filter.limit + 1)
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
  return Number(row?.unread ?? 0)
}

/** False when the notification is not this person's (or does not exist). */
export async function markNotificationRead(db: Db, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id })
  return rows.length > 0
}

export async function markAllNotificationsRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
}
