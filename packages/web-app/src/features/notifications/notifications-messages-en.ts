import type { notificationsMessagesFa } from './notifications-messages-fa.ts'

export const notificationsMessagesEn: typeof notificationsMessagesFa = {
  pageTitle: 'Notifications — YektaYar',
  title: 'Notifications',
  lead: 'Appointment reminders, receipts and news from YektaYar, day by day.',
  bell: {
    label: 'Notifications',
    labelUnread: 'Notifications, {{shown}} unread',
    arrived: 'New notification: {{title}}',
  },
  today: 'Today',
  yesterday: 'Yesterday',
  unread: 'Unread',
  markAllRead: 'Mark all as read',
  settingsLink: 'Notification settings',
  more: 'Older notifications',
  emptyTitle: 'No notifications',
  emptyBody: 'Appointment reminders and important news will appear here.',
}
