import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { notificationsMessagesEn } from '../notifications-messages-en.ts'
import { notificationsMessagesFa } from '../notifications-messages-fa.ts'

initTestI18n({
  fa: { notifications: notificationsMessagesFa },
  en: { notifications: notificationsMessagesEn },
})

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
