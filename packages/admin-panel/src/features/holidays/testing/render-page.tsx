import { initTestI18n } from '../../../shared/testing/render-page.tsx'
import { holidaysMessagesEn } from '../holidays-messages-en.ts'
import { holidaysMessagesFa } from '../holidays-messages-fa.ts'

initTestI18n({ fa: { holidays: holidaysMessagesFa }, en: { holidays: holidaysMessagesEn } })

export { type FakeCall, fakeApi, renderPage } from '../../../shared/testing/render-page.tsx'
