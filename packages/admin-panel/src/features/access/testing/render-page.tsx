import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { accessMessagesEn } from '../access-messages-en.ts'
import { accessMessagesFa } from '../access-messages-fa.ts'

initTestI18n({ fa: { access: accessMessagesFa }, en: { access: accessMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
