export const notificationsMessagesFa = {
  pageTitle: 'اعلان‌ها — یکتایار',
  title: 'اعلان‌ها',
  lead: 'یادآوری نوبت‌ها، رسیدها و خبرهای یکتایار، به ترتیب روز.',
  bell: {
    label: 'اعلان‌ها',
    labelUnread: 'اعلان‌ها، {{shown}} خوانده‌نشده',
    arrived: 'اعلان تازه: {{title}}',
  },
  today: 'امروز',
  yesterday: 'دیروز',
  unread: 'خوانده‌نشده',
  markAllRead: 'خواندن همه',
  settingsLink: 'تنظیمات اعلان‌ها',
  more: 'اعلان‌های قدیمی‌تر',
  emptyTitle: 'اعلانی ندارید',
  emptyBody: 'یادآوری نوبت‌ها و خبرهای مهم اینجا نشان داده می‌شود.',
}
