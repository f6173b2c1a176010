import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { departmentsMessagesEn } from '../departments-messages-en.ts'
import { departmentsMessagesFa } from '../departments-messages-fa.ts'

initTestI18n({
  fa: { departments: departmentsMessagesFa },
  en: { departments: departmentsMessagesEn },
})

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
