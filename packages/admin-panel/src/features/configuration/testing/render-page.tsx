import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { configurationMessagesEn } from '../configuration-messages-en.ts'
import { configurationMessagesFa } from '../configuration-messages-fa.ts'

initTestI18n({
  fa: { configuration: configurationMessagesFa },
  en: { configuration: configurationMessagesEn },
})

export { fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
