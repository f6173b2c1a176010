import type { Locale } from '../../lib/app-error.ts'
import { userRoom } from '../../realtime/socket-auth.ts'
import type { AppServer } from '../../realtime/socket-server.ts'
import type { NotificationRow } from './notification.repository.ts'
import { dataOf, notificationViewOf } from './notification-view.ts'

/**
 * A new notification to every tab and device of its recipient, on every instance (the Redis
 * adapter carries room broadcasts across). Reminders and announcements also get their own
 * event, which the web app shows more prominently.
 */
export function publishNewNotification(
  io: AppServer,
  row: NotificationRow,
  locale: Locale,
  unreadCount: number,
): void {
  const room = io.to(userRoom(row.userId))
  const notification = notificationViewOf(row, locale)
  room.emit('notification:new', { notification, unreadCount })
  const { params } = dataOf(row)
  if (
    row.category === 'appointment_reminder' &&
    typeof params.appointmentId === 'string' &&
    typeof params.startsAt === 'string'
  ) {
    room.emit('appointment:reminder', {
      appointmentId: params.appointmentId,
      startsAt: params.startsAt,
      notificationId: row.id,
    })
  }
  if (row.category === 'announcement' && typeof params.announcementId === 'string') {
    room.emit('system:announcement', {
      announcementId: params.announcementId,
      notificationId: row.id,
      title: notification.title,
      body: notification.body,
    })
  }
}

/** The reader's other tabs and devices follow the badge. */
export function publishReadCount(io: AppServer, userId: string, unreadCount: number): void {
  io.to(userRoom(userId)).emit('notification:read', { unreadCount })
}
