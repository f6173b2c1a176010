import type { NotificationTemplate } from './notification-template.ts'

/**
 * Staff-written news for everyone (admins' composer). The engine stores the event's own
 * `content` as title and body; this text stands in only when an event comes without one.
 * Lock screens show a plain pointer: an announcement may still say more than a shared phone should.
 */
export const announcementTemplate: NotificationTemplate = {
  category: 'announcement',
  render: () => ({
    title: { fa: 'اطلاعیهٔ یکتایار', en: 'YektaYar announcement' },
    body: {
      fa: 'اطلاعیهٔ تازه‌ای برای شما منتشر شده است.',
      en: 'There is a new announcement for you.',
    },
  }),
  discreetText: (_params, { locale }) =>
    locale === 'fa' ? 'یکتایار: اطلاعیهٔ تازه‌ای دارید.' : 'YektaYar: you have a new announcement.',
}
